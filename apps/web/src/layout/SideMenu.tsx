import { Menu } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../auth/AuthProvider';
import { MENU_ICONS } from './menu-icons';
import { menuFor } from './menu';
import type { MenuEntry } from './menu';

function selectedKey(entries: MenuEntry[], pathname: string): string | undefined {
  const matches = entries.filter((entry) =>
    entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}

export function SideMenu() {
  const me = useMe();
  const { pathname } = useLocation();
  const entries = menuFor(me.permissions);
  const items = entries.map((entry) => ({
    key: entry.key,
    icon: MENU_ICONS[entry.key],
    label: entry.external ? (
      <a href={entry.path} data-testid={`menu-${entry.key}`}>
        {entry.label}
      </a>
    ) : (
      <Link to={entry.path} data-testid={`menu-${entry.key}`}>
        {entry.label}
      </Link>
    ),
  }));
  const selected = selectedKey(entries, pathname);
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  );
}
