// 验收评审 (F5 item 1; Art. 7(3)): an expert's acceptance assignments, the declaration and the opinion.
import { Route, Routes } from 'react-router-dom';
import { MyAcceptanceReviewPage } from './my-acceptance-review-page';
import { MyAcceptanceReviewsPage } from './my-acceptance-reviews-page';

/** /workspace/my-acceptance-reviews and /workspace/my-acceptance-reviews/:id (expert). */
export function MyAcceptanceReviewsRoutes() {
  return (
    <Routes>
      <Route index element={<MyAcceptanceReviewsPage />} />
      <Route path=":id" element={<MyAcceptanceReviewPage />} />
    </Routes>
  );
}
