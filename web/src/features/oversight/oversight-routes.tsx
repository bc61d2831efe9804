// /workspace/oversight/*: the dashboard and the objects behind its figures, a lazy chunk of the workspace. The
// dashboard, which carries the charting library (AntV G2), is a chunk of its own again: a drill-down list opened from
// a link does not fetch it.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundResult } from '../../components/not-found-result';
import { PageLoading } from '../../components/page-loading';
import { OversightObjectsPage } from './objects-page';

const OversightDashboardPage = lazy(() => import('./dashboard-page').then((m) => ({ default: m.OversightDashboardPage })));

export function OversightRoutes() {
  return (
    <Routes>
      <Route
        index
        element={
          <Suspense fallback={<PageLoading />}>
            <OversightDashboardPage />
          </Suspense>
        }
      />
      <Route path="objects" element={<OversightObjectsPage />} />
      <Route path="*" element={<NotFoundResult subTitle="该页面不存在。" backTo="/workspace/oversight" backLabel="返回统计看板" />} />
    </Routes>
  );
}
