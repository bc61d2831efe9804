import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PageLoading } from './components/page-loading';
import { PublicLayout } from './components/public-layout';
import { HomePage } from './pages/home-page';

// Only the home page is in the first load (budget: 250 KB gzipped, scripts/check-bundle-budget.ts). Login and
// register carry the form, zod and the contracts; the measures carry the whole text: each is its own chunk.
const LoginPage = lazy(() => import('./pages/login-page').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() => import('./pages/register-page').then((m) => ({ default: m.RegisterPage })));
const MeasuresPage = lazy(() => import('./pages/measures-page').then((m) => ({ default: m.MeasuresPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));

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
// 信息数据库 (F6): a phone opening a shared link loads only the page's own small chunk (no zod, no antd Table/Select).
const RegistryPage = lazy(() => import('./features/registry/registry-page').then((m) => ({ default: m.RegistryPage })));
const RegistryEntryPage = lazy(() => import('./features/registry/registry-entry-page').then((m) => ({ default: m.RegistryEntryPage })));
const SelfAssessmentPage = lazy(() => import('./features/self-assessment/self-assessment-page').then((m) => ({ default: m.SelfAssessmentPage })));

// A public page still loading shows the site header and a spinner with the page's height reserved, so the page
// replaces it without the header or the footer jumping (layout shift). Login and register show the header as they
// will draw it: without the account buttons.
const publicLoading = (
  <PublicLayout>
    <PageLoading />
  </PublicLayout>
);
const accountLoading = (
  <PublicLayout showAccountLinks={false}>
    <PageLoading />
  </PublicLayout>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route
        path="/measures"
        element={
          <Suspense fallback={publicLoading}>
            <MeasuresPage />
          </Suspense>
        }
      />
      <Route
        path="/login"
        element={
          <Suspense fallback={accountLoading}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        path="/register"
        element={
          <Suspense fallback={accountLoading}>
            <RegisterPage />
          </Suspense>
        }
      />
      <Route
        path="/standards"
        element={
          <Suspense fallback={publicLoading}>
            <StandardsPage />
          </Suspense>
        }
      />
      <Route
        path="/self-assessment"
        element={
          <Suspense fallback={publicLoading}>
            <SelfAssessmentPage />
          </Suspense>
        }
      />
      <Route
        path="/calls"
        element={
          <Suspense fallback={publicLoading}>
            <PublicCallsPage />
          </Suspense>
        }
      />
      <Route
        path="/calls/:year"
        element={
          <Suspense fallback={publicLoading}>
            <PublicCallPage />
          </Suspense>
        }
      />
      <Route
        path="/notices"
        element={
          <Suspense fallback={publicLoading}>
            <PublicNoticesPage />
          </Suspense>
        }
      />
      <Route
        path="/notices/objection-status"
        element={
          <Suspense fallback={publicLoading}>
            <ObjectionStatusPage />
          </Suspense>
        }
      />
      <Route
        path="/notices/:id"
        element={
          <Suspense fallback={publicLoading}>
            <PublicNoticePage />
          </Suspense>
        }
      />
      <Route
        path="/announcements"
        element={
          <Suspense fallback={publicLoading}>
            <PublicAnnouncementsPage />
          </Suspense>
        }
      />
      <Route
        path="/announcements/:id"
        element={
          <Suspense fallback={publicLoading}>
            <PublicAnnouncementPage />
          </Suspense>
        }
      />
      <Route
        path="/revocations"
        element={
          <Suspense fallback={publicLoading}>
            <PublicRevocationsPage />
          </Suspense>
        }
      />
      <Route
        path="/registry"
        element={
          <Suspense fallback={publicLoading}>
            <RegistryPage />
          </Suspense>
        }
      />
      <Route
        path="/registry/:id"
        element={
          <Suspense fallback={publicLoading}>
            <RegistryEntryPage />
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
      <Route
        path="*"
        element={
          <Suspense fallback={publicLoading}>
            <NotFoundPage />
          </Suspense>
        }
      />
    </Routes>
  );
}
