import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { NotFoundResult } from '../../components/not-found-result';
import { CalendarRoutes } from '../calendar/calendar-routes';
import { CallRoutes } from '../calls/call-routes';
import { MyOrganisationPage } from '../organisations/my-organisation-page';
import { OrganisationDetailPage } from '../organisations/organisation-detail-page';
import { OrganisationListPage } from '../organisations/organisation-list-page';
import { NotificationsPage } from './notifications-page';
import { PasswordPage } from './password-page';
import { SessionProvider, useSession } from './session';
import { TodosPage } from './todos-page';
import { canOpen } from './workspace-nav';
import { WorkspaceLayout } from './workspace-layout';

export function WorkspaceApp() {
  return (
    <SessionProvider>
      <WorkspaceLayout>
        <WorkspaceRoutes />
      </WorkspaceLayout>
    </SessionProvider>
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
      <Route path="*" element={<WorkspaceNotFound />} />
    </Routes>
  );
}

function WorkspaceNotFound() {
  return <NotFoundResult subTitle="该页面不存在，或您的角色无权使用。" backTo="/workspace" backLabel="返回待办" />;
}
