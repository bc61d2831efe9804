import { Route, Routes } from 'react-router-dom';
import { CallPage } from './call-page';
import { CallsPage } from './calls-page';
import { NewCallPage } from './new-call-page';

/** 年度创建通知 (province): /workspace/calls, /workspace/calls/new, /workspace/calls/:id */
export function CallRoutes() {
  return (
    <Routes>
      <Route index element={<CallsPage />} />
      <Route path="new" element={<NewCallPage />} />
      <Route path=":id" element={<CallPage />} />
    </Routes>
  );
}
