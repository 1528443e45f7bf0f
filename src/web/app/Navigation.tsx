import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../core/platform/policy.js';
import { useMe } from '../api/me.js';

interface NavItem {
  to: string;
  label:
    | 'nav.home'
    | 'nav.persons'
    | 'nav.cases'
    | 'nav.myTasks'
    | 'nav.caseSettings'
    | 'nav.screening'
    | 'nav.hotline'
    | 'nav.outreach'
    | 'nav.hotlineFigures'
    | 'nav.referrals'
    | 'nav.directory'
    | 'nav.pathways'
    | 'nav.campaigns'
    | 'nav.learning'
    | 'nav.capacity'
    | 'nav.strategy'
    | 'nav.advocacy'
    | 'nav.helpSettings'
    | 'nav.dashboard'
    | 'nav.networkDashboard'
    | 'nav.exports'
    | 'nav.linkage'
    | 'nav.users'
    | 'nav.organisations'
    | 'nav.network'
    | 'nav.audit'
    | 'nav.profile';
  /** The permission that opens the screen, or several of which any one does. */
  permission?: Action | readonly Action[];
}

/** Other modules add their entries here, each behind the permission that opens its screen. */
const ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/persons', label: 'nav.persons', permission: 'persons:read' },
  { to: '/cases', label: 'nav.cases', permission: 'cases:read' },
  { to: '/my-tasks', label: 'nav.myTasks', permission: 'cases:read' },
  { to: '/case-settings', label: 'nav.caseSettings', permission: 'cases:settings' },
  { to: '/screening', label: 'nav.screening', permission: 'screenings:create' },
  { to: '/hotline', label: 'nav.hotline', permission: 'contacts:read' },
  { to: '/outreach', label: 'nav.outreach', permission: 'encounters:read' },
  { to: '/hotline-figures', label: 'nav.hotlineFigures', permission: 'hotline:stats' },
  { to: '/referrals', label: 'nav.referrals', permission: 'referrals:receive' },
  { to: '/directory', label: 'nav.directory' },
  { to: '/pathways', label: 'nav.pathways', permission: 'pathways:write' },
  { to: '/campaigns', label: 'nav.campaigns', permission: 'campaigns:read' },
  { to: '/learning', label: 'nav.learning', permission: 'courses:learn' },
  { to: '/capacity', label: 'nav.capacity', permission: 'capacity:read' },
  { to: '/strategy', label: 'nav.strategy', permission: 'capacity:read' },
  { to: '/advocacy', label: 'nav.advocacy', permission: 'recommendations:read' },
  { to: '/dashboard', label: 'nav.dashboard', permission: 'stats:organisation' },
  { to: '/network-dashboard', label: 'nav.networkDashboard', permission: 'stats:network' },
  { to: '/exports', label: 'nav.exports', permission: ['lists:export', 'cases:exchange', 'data:anonymise'] },
  { to: '/linkage', label: 'nav.linkage', permission: 'linkage:keys' },
  { to: '/users', label: 'nav.users', permission: 'users:list' },
  { to: '/organisations', label: 'nav.organisations', permission: 'organisations:list' },
  { to: '/network', label: 'nav.network', permission: 'network:update' },
  { to: '/help-settings', label: 'nav.helpSettings', permission: 'help:settings' },
  { to: '/audit', label: 'nav.audit', permission: 'audit:read' },
  { to: '/profile', label: 'nav.profile' },
];

/** The links of the navigation bar (the bar itself is the `<nav>` landmark). */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('common');
  const permissions = useMe().data?.permissions ?? [];
  const { pathname } = useLocation();
  const allowed = (p: NavItem['permission']) => !p || (typeof p === 'string' ? permissions.includes(p) : p.some((a) => permissions.includes(a)));
  const visible = ITEMS.filter((item) => allowed(item.permission));

  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {visible.map((item) => {
        const active = item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
        return (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={t(item.label)}
              active={active}
              variant="filled"
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
            />
          </li>
        );
      })}
    </ul>
  );
}
