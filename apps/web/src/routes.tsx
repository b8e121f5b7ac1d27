import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { useMe } from './auth/AuthProvider';
import { AppLayout } from './layout/AppLayout';
import { canSee, MENU, menuEntry } from './layout/menu';
import type { MenuEntry } from './layout/menu';
import { AccountPage } from './pages/AccountPage';
import { OrganisationsPage } from './pages/admin/OrganisationsPage';
import { OutletsPage } from './pages/admin/OutletsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { BulletinsPage } from './pages/bulletins/BulletinsPage';
import { IssuePage } from './pages/bulletins/IssuePage';
import { IssuePrintPage } from './pages/bulletins/IssuePrintPage';
import { SeriesSettingsPage } from './pages/bulletins/SeriesSettingsPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { DashboardPage } from './pages/DashboardPage';
import { DeskPage } from './pages/desk/DeskPage';
import { DeskSettingsPage } from './pages/desk/DeskSettingsPage';
import { ReviewPage } from './pages/desk/ReviewPage';
import { ItemEditorPage } from './pages/items/ItemEditorPage';
import { ItemPage } from './pages/items/ItemPage';
import { MyItemsPage } from './pages/items/MyItemsPage';
import { LoginPage } from './pages/LoginPage';
import { ForbiddenPage, NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { InstructionsPage } from './pages/outcomes/InstructionsPage';
import { LedgerImportPage } from './pages/outcomes/LedgerImportPage';
import { StatsPage } from './pages/outcomes/StatsPage';
import { TopicsPage } from './pages/TopicsPage';
import { UnitInformantsPage } from './pages/unit/UnitInformantsPage';
import { SCORING_SCREENS } from './scoring/screens';

/** The screen of each menu entry that the web app serves itself (see menu.ts). */
const SCREENS: Record<string, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  'my-items': () => <MyItemsPage />,
  topics: () => <TopicsPage />,
  desk: () => <DeskPage />,
  review: () => <ReviewPage />,
  bulletins: () => <BulletinsPage />,
  'bulletin-series': () => <SeriesSettingsPage />,
  'desk-settings': () => <DeskSettingsPage />,
  instructions: () => <InstructionsPage />,
  stats: () => <StatsPage />,
  ledger: () => <LedgerImportPage />,
  outlets: () => <OutletsPage />,
  'unit-informants': () => <UnitInformantsPage />,
  organisations: () => <OrganisationsPage />,
  users: () => <UsersPage />,
  notifications: () => <NotificationsPage />,
  account: () => <AccountPage />,
  ...SCORING_SCREENS,
};

/** Screens below a menu entry, open to whoever sees the entry. */
const SUB_SCREENS: { path: string; entry: string; screen: () => ReactNode }[] = [
  { path: '/my-items/new', entry: 'my-items', screen: () => <ItemEditorPage /> },
  { path: '/my-items/:id/edit', entry: 'my-items', screen: () => <ItemEditorPage /> },
  { path: '/bulletins/issues/:id', entry: 'bulletins', screen: () => <IssuePage /> },
  // the notification that a 统计通报 is ready links to it
  { path: '/stats-reports/:id', entry: 'stats-reports', screen: SCORING_SCREENS['stats-reports'] },
];

function Screen({ entry, screen = SCREENS[entry.key] }: { entry: MenuEntry; screen?: () => ReactNode }) {
  const me = useMe();
  if (!canSee(entry, me.permissions)) return <ForbiddenPage />;
  return screen ? screen() : <ComingSoonPage title={entry.label} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The print view stands alone: an A4 sheet without the app's frame. */}
      <Route
        path="/bulletins/issues/:id/print"
        element={
          <RequireAuth>
            <Screen entry={menuEntry('bulletins')} screen={() => <IssuePrintPage />} />
          </RequireAuth>
        }
      />
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
        {SUB_SCREENS.map(({ path, entry, screen }) => (
          <Route key={path} path={path} element={<Screen entry={menuEntry(entry)} screen={screen} />} />
        ))}
        {/* Either side's item link (e.g. in a notification) opens the reader's own page of the item. */}
        <Route path="/my-items/:id" element={<ItemPage mode="author" />} />
        <Route path="/desk/items/:id" element={<ItemPage mode="desk" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
