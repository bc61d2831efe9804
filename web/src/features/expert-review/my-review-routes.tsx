import { Route, Routes } from 'react-router-dom';
import { MyReviewPage } from './my-review-page';
import { MyReviewsPage } from './my-reviews-page';

/** 我的评审 (expert): /workspace/my-reviews and /workspace/my-reviews/:id */
export function MyReviewRoutes() {
  return (
    <Routes>
      <Route index element={<MyReviewsPage />} />
      <Route path=":id" element={<MyReviewPage />} />
    </Routes>
  );
}
