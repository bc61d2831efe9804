import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PageLoading } from './components/page-loading';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { MeasuresPage } from './pages/measures-page';
import { NotFoundPage } from './pages/not-found-page';
import { RegisterPage } from './pages/register-page';

// The workspace is a separate chunk so that the public pages, which most visitors only need, load fast.
const WorkspaceApp = lazy(() => import('./features/workspace/workspace-app').then((m) => ({ default: m.WorkspaceApp })));
// The standards and the self-assessment carry the whole standard set and the division list: their own chunks.
const StandardsPage = lazy(() => import('./features/standards/standards-page').then((m) => ({ default: m.StandardsPage })));
const PublicCallsPage = lazy(() => import('./features/calls/public-calls-page').then((m) => ({ default: m.PublicCallsPage })));
const PublicCallPage = lazy(() => import('./features/calls/public-call-page').then((m) => ({ default: m.PublicCallPage })));
const PublicNoticesPage = lazy(() => import('./features/notices/public-notices-page').then((m) => ({ default: m.PublicNoticesPage })));
const PublicNoticePage = lazy(() => import('./features/notices/public-notice-page').then((m) => ({ default: m.PublicNoticePage })));
const PublicAnnouncementsPage = lazy(() => import('./features/certification/public-announcements-page').then((m) => ({ default: m.PublicAnnouncementsPage })));
const PublicAnnouncementPage = lazy(() => import('./features/certification/public-announcement-page').then((m) => ({ default: m.PublicAnnouncementPage })));
const PublicRevocationsPage = lazy(() => import('./features/integrity/public-revocations-page').then((m) => ({ default: m.PublicRevocationsPage })));
const ObjectionStatusPage = lazy(() => import('./features/notices/objection-status-page').then((m) => ({ default: m.ObjectionStatusPage })));
const SelfAssessmentPage = lazy(() => import('./features/self-assessment/self-assessment-page').then((m) => ({ default: m.SelfAssessmentPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/measures" element={<MeasuresPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
      <Route
        path="/standards"
        element={
          <Suspense fallback={<PageLoading />}>
            <StandardsPage />
          </Suspense>
        }
      />
      <Route
        path="/self-assessment"
        element={
          <Suspense fallback={<PageLoading />}>
            <SelfAssessmentPage />
          </Suspense>
        }
      />
      <Route
        path="/calls"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicCallsPage />
          </Suspense>
        }
      />
      <Route
        path="/calls/:year"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicCallPage />
          </Suspense>
        }
      />
      <Route
        path="/notices"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicNoticesPage />
          </Suspense>
        }
      />
      <Route
        path="/notices/objection-status"
        element={
          <Suspense fallback={<PageLoading />}>
            <ObjectionStatusPage />
          </Suspense>
        }
      />
      <Route
        path="/notices/:id"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicNoticePage />
          </Suspense>
        }
      />
      <Route
        path="/announcements"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicAnnouncementsPage />
          </Suspense>
        }
      />
      <Route
        path="/announcements/:id"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicAnnouncementPage />
          </Suspense>
        }
      />
      <Route
        path="/revocations"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicRevocationsPage />
          </Suspense>
        }
      />
      <Route
        path="/workspace/*"
        element={
          <Suspense fallback={<PageLoading />}>
            <WorkspaceApp />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
