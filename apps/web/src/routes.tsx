import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { useMe } from './auth/AuthProvider';
import { AppLayout } from './layout/AppLayout';
import { canSee, MENU } from './layout/menu';
import type { MenuEntry } from './layout/menu';
import { AccountPage } from './pages/AccountPage';
import { OrganisationsPage } from './pages/admin/OrganisationsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { DashboardPage } from './pages/DashboardPage';
import { LoginPage } from './pages/LoginPage';
import { ForbiddenPage, NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { UnitInformantsPage } from './pages/unit/UnitInformantsPage';

/** The screen of each menu entry that the web app serves itself (see menu.ts). */
const SCREENS: Record<string, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  'unit-informants': () => <UnitInformantsPage />,
  organisations: () => <OrganisationsPage />,
  users: () => <UsersPage />,
  notifications: () => <NotificationsPage />,
  account: () => <AccountPage />,
};

function Screen({ entry }: { entry: MenuEntry }) {
  const me = useMe();
  if (!canSee(entry, me.roles)) return <ForbiddenPage />;
  const screen = SCREENS[entry.key];
  return screen ? screen() : <ComingSoonPage title={entry.label} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {MENU.filter((entry) => !entry.external).map((entry) => (
          <Route key={entry.key} path={entry.path} element={<Screen entry={entry} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
