import { lazy, Suspense } from 'react';
import { App as AntdApp } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { Role } from '../../../../src/domain/shared/roles';
import { NotFoundResult } from '../../components/not-found-result';
import { CalendarRoutes } from '../calendar/calendar-routes';
import { CallRoutes } from '../calls/call-routes';
import { ApplicationDetailPage } from '../applications/application-detail-page';
import { ApplicationSearchPage } from '../applications/application-search-page';
import { ApplicationWizardPage } from '../applications/application-wizard-page';
import { MyApplicationsPage } from '../applications/my-applications-page';
import { CityReviewPage } from '../city-review/city-review-page';
import { ProvinceReviewPage } from '../province-review/province-review-page';
import { NoticesRoutes } from '../notices/notices-routes';
import { ExpertReviewPage } from '../expert-review/expert-review-page';
import { MyReviewRoutes } from '../expert-review/my-review-routes';
import { ExpertsPage } from '../experts/experts-page';
import { CreationObjectPage } from '../creation-objects/creation-object-page';
import { CreationObjectsPage } from '../creation-objects/creation-objects-page';
import { AcceptancePage } from '../acceptance/acceptance-page';
import { ReReviewPage } from '../re-review/re-review-page';
import { MyAcceptanceReviewsRoutes } from '../acceptance-opinions/my-acceptance-reviews-routes';
import { CertificationPage } from '../certification/certification-page';
import { NationalTierRoutes } from '../national-tier/national-tier-page';
import { MyOrganisationPage } from '../organisations/my-organisation-page';
import { OrganisationDetailPage } from '../organisations/organisation-detail-page';
import { OrganisationListPage } from '../organisations/organisation-list-page';
import { AccountsPage } from '../admin-accounts/accounts-page';
import { RolesPage } from '../admin-accounts/roles-page';
import { AuditLogPage } from '../audit-log/audit-log-page';
import { LoginLogPage } from '../audit-log/login-log-page';
import { NotificationsPage } from './notifications-page';
import { PageLoading } from '../../components/page-loading';
import { PasswordPage } from './password-page';
import { SessionProvider, useSession } from './session';
import { TodosPage } from './todos-page';
import { canOpen } from './workspace-nav';
import { WorkspaceLayout } from './workspace-layout';

// F8: the dashboard carries the charting library (AntV G2): its own chunk, fetched only when 统计看板 opens.
const OversightRoutes = lazy(() => import('../oversight/oversight-routes').then((m) => ({ default: m.OversightRoutes })));

export function WorkspaceApp() {
  // antd's <App> gives the workspace pages App.useApp() (message, modal, notification). It is here, not in main.tsx,
  // so the public pages' first load does not carry those components (F6 item 5).
  return (
    <AntdApp>
      <SessionProvider>
        <WorkspaceLayout>
          <WorkspaceRoutes />
        </WorkspaceLayout>
      </SessionProvider>
    </AntdApp>
  );
}

function WorkspaceRoutes() {
  const { user } = useSession();
  const { pathname } = useLocation();
  // An account with a first or reset password may do nothing else until it has chosen its own.
  if (user.mustChangePassword && pathname.replace(/\/+$/, '') !== '/workspace/password') {
    return <Navigate to="/workspace/password" replace />;
  }
  const organisations = canOpen(user.role, '/workspace/organisations');
  return (
    <Routes>
      <Route index element={<TodosPage />} />
      <Route path="password" element={<PasswordPage />} />
      <Route path="notifications" element={<NotificationsPage />} />
      {canOpen(user.role, '/workspace/my-organisation') && <Route path="my-organisation" element={<MyOrganisationPage />} />}
      {organisations && <Route path="organisations" element={<OrganisationListPage />} />}
      {organisations && <Route path="organisations/:id" element={<OrganisationDetailPage />} />}
      {canOpen(user.role, '/workspace/calendar') && <Route path="calendar/*" element={<CalendarRoutes />} />}
      {canOpen(user.role, '/workspace/calls') && <Route path="calls/*" element={<CallRoutes />} />}
      {canOpen(user.role, '/workspace/city-review') && <Route path="city-review" element={<CityReviewPage />} />}
      {canOpen(user.role, '/workspace/province-review') && <Route path="province-review" element={<ProvinceReviewPage />} />}
      {canOpen(user.role, '/workspace/experts') && <Route path="experts" element={<ExpertsPage />} />}
      {canOpen(user.role, '/workspace/expert-review') && <Route path="expert-review" element={<ExpertReviewPage />} />}
      {canOpen(user.role, '/workspace/my-reviews') && <Route path="my-reviews/*" element={<MyReviewRoutes />} />}
      {canOpen(user.role, '/workspace/notices') && <Route path="notices/*" element={<NoticesRoutes />} />}
      {canOpen(user.role, '/workspace/acceptance') && <Route path="acceptance/*" element={<AcceptancePage />} />}
      {canOpen(user.role, '/workspace/my-acceptance-reviews') && <Route path="my-acceptance-reviews/*" element={<MyAcceptanceReviewsRoutes />} />}
      {canOpen(user.role, '/workspace/certification') && <Route path="certification/*" element={<CertificationPage />} />}
      {canOpen(user.role, '/workspace/national-tier') && <Route path="national-tier/*" element={<NationalTierRoutes />} />}
      {canOpen(user.role, '/workspace/re-review') && <Route path="re-review/*" element={<ReReviewPage />} />}
      {canOpen(user.role, '/workspace/creation-objects') && <Route path="creation-objects" element={<CreationObjectsPage />} />}
      {canOpen(user.role, '/workspace/creation-objects') && <Route path="creation-objects/:id" element={<CreationObjectPage />} />}
      {canOpen(user.role, '/workspace/my-applications') && <Route path="my-applications" element={<MyApplicationsPage />} />}
      {canOpen(user.role, '/workspace/my-applications') && <Route path="applications/:id/edit" element={<ApplicationWizardPage />} />}
      {APPLICATION_READERS.includes(user.role) && <Route path="applications/:id" element={<ApplicationDetailPage />} />}
      {canOpen(user.role, '/workspace/applications') && <Route path="applications" element={<ApplicationSearchPage />} />}
      {canOpen(user.role, '/workspace/accounts') && <Route path="accounts/*" element={<AccountsPage />} />}
      {canOpen(user.role, '/workspace/roles') && <Route path="roles/*" element={<RolesPage />} />}
      {canOpen(user.role, '/workspace/audit-log') && <Route path="audit-log/*" element={<AuditLogPage />} />}
      {canOpen(user.role, '/workspace/login-log') && <Route path="login-log/*" element={<LoginLogPage />} />}
      {canOpen(user.role, '/workspace/oversight') && (
        <Route
          path="oversight/*"
          element={
            <Suspense fallback={<PageLoading />}>
              <OversightRoutes />
            </Suspense>
          }
        />
      )}
      <Route path="*" element={<WorkspaceNotFound />} />
    </Routes>
  );
}

// The shared application detail page is for every role that may read applications (application.read).
const APPLICATION_READERS: readonly Role[] = ['applicant', 'city', 'province', 'auditor'];

function WorkspaceNotFound() {
  return <NotFoundResult subTitle="该页面不存在，或您的角色无权使用。" backTo="/workspace" backLabel="返回待办" />;
}
