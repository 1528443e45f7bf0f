import { DashboardView } from './DashboardView.js';

/** `/dashboard`: the organisation's figures. */
export function DashboardPage() {
  return <DashboardView scope="organisation" />;
}

/** `/network-dashboard`: the network's figures, from counts only, small cells suppressed. */
export function NetworkDashboardPage() {
  return <DashboardView scope="network" />;
}
