import { Route, Routes } from 'react-router-dom';
import { NoticeAdminPage } from './notice-admin-page';
import { NoticesPage } from './notices-page';
import { PublishNoticePage } from './publish-notice-page';

/** 公示与异议 (province; the auditor reads): /workspace/notices, /workspace/notices/new, /workspace/notices/:id */
export function NoticesRoutes() {
  return (
    <Routes>
      <Route index element={<NoticesPage />} />
      <Route path="new" element={<PublishNoticePage />} />
      <Route path=":id" element={<NoticeAdminPage />} />
    </Routes>
  );
}
