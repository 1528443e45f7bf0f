import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Action } from '../../core/platform/policy.js';
import { AppLayout } from './AppLayout.js';
import { CrashPage } from './CrashPage.js';
import { RequireAccount, RequirePermission } from './guards.js';
import { NotFoundPage } from './NotFoundPage.js';
import { PublicLayout } from './PublicLayout.js';
import { RootLayout } from './RootLayout.js';

/** Each screen is its own chunk, fetched when first visited. */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const SetupPage = screen(() => import('../platform/setup/SetupPage.js'), 'SetupPage');
const SignInPage = screen(() => import('../platform/sign-in/SignInPage.js'), 'SignInPage');
const InvitePage = screen(() => import('../platform/invite/InvitePage.js'), 'InvitePage');
const EnrolPage = screen(() => import('../platform/enrol/EnrolPage.js'), 'EnrolPage');
const HomePage = screen(() => import('../platform/home/HomePage.js'), 'HomePage');
const UsersPage = screen(() => import('../platform/users/UsersPage.js'), 'UsersPage');
const OrganisationsPage = screen(() => import('../platform/organisations/OrganisationsPage.js'), 'OrganisationsPage');
const NetworkPage = screen(() => import('../platform/network/NetworkPage.js'), 'NetworkPage');
const AuditPage = screen(() => import('../platform/audit/AuditPage.js'), 'AuditPage');
const ProfilePage = screen(() => import('../platform/profile/ProfilePage.js'), 'ProfilePage');
const PersonsPage = screen(() => import('../persons/PersonsPage.js'), 'PersonsPage');
const NewPersonPage = screen(() => import('../persons/NewPersonPage.js'), 'NewPersonPage');
const PersonPage = screen(() => import('../persons/PersonPage.js'), 'PersonPage');
const CasesPage = screen(() => import('../cases/CasesPage.js'), 'CasesPage');
const CasePage = screen(() => import('../cases/CasePage.js'), 'CasePage');
const MyTasksPage = screen(() => import('../cases/work/MyTasksPage.js'), 'MyTasksPage');
const CaseSettingsPage = screen(() => import('../cases/work/CaseSettingsPage.js'), 'CaseSettingsPage');
const ScreeningsPage = screen(() => import('../identification/pages.js'), 'ScreeningsPage');
const NewScreeningPage = screen(() => import('../identification/pages.js'), 'NewScreeningPage');
const ScreeningPage = screen(() => import('../identification/pages.js'), 'ScreeningPage');
const ContactsPage = screen(() => import('../hotline/pages.js'), 'ContactsPage');
const NewContactPage = screen(() => import('../hotline/pages.js'), 'NewContactPage');
const ContactPage = screen(() => import('../hotline/pages.js'), 'ContactPage');
const HotlineSettingsPage = screen(() => import('../hotline/pages.js'), 'HotlineSettingsPage');
const DirectoryPage = screen(() => import('../directory/pages.js'), 'DirectoryPage');
const ServicePage = screen(() => import('../directory/pages.js'), 'ServicePage');
const EditServicePage = screen(() => import('../directory/pages.js'), 'EditServicePage');
const DirectoryTransferPage = screen(() => import('../directory/pages.js'), 'DirectoryTransferPage');
const ReferralsPage = screen(() => import('../referrals/pages.js'), 'ReferralsPage');
const ReferralPage = screen(() => import('../referrals/pages.js'), 'ReferralPage');
const NewReferralPage = screen(() => import('../referrals/pages.js'), 'NewReferralPage');
const PathwaysPage = screen(() => import('../referrals/pages.js'), 'PathwaysPage');
const HotlineFiguresPage = screen(() => import('../hotline/figures/pages.js'), 'HotlineFiguresPage');
const EncountersPage = screen(() => import('../outreach/pages.js'), 'EncountersPage');
const NewEncounterPage = screen(() => import('../outreach/pages.js'), 'NewEncounterPage');
const OutreachPeoplePage = screen(() => import('../outreach/pages.js'), 'OutreachPeoplePage');
const DashboardPage = screen(() => import('../data/dashboard/pages.js'), 'DashboardPage');
const NetworkDashboardPage = screen(() => import('../data/dashboard/pages.js'), 'NetworkDashboardPage');
const ExportsPage = screen(() => import('../data/exports/pages.js'), 'ExportsPage');
const LinkagePage = screen(() => import('../data/linkage/pages.js'), 'LinkagePage');
const CampaignsPage = screen(() => import('../prevention/campaigns/pages.js'), 'CampaignsPage');
const EditCampaignPage = screen(() => import('../prevention/campaigns/pages.js'), 'EditCampaignPage');
const CampaignPage = screen(() => import('../prevention/campaigns/pages.js'), 'CampaignPage');
const CampaignReachPage = screen(() => import('../prevention/campaigns/pages.js'), 'CampaignReachPage');
const HelpSettingsPage = screen(() => import('../prevention/help-settings/pages.js'), 'HelpSettingsPage');
const CoursesPage = screen(() => import('../learning/pages.js'), 'CoursesPage');
const CoursePage = screen(() => import('../learning/pages.js'), 'CoursePage');
const CourseEditorPage = screen(() => import('../learning/pages.js'), 'CourseEditorPage');
const CourseStatsPage = screen(() => import('../learning/pages.js'), 'CourseStatsPage');
const CertificateCheckPage = screen(() => import('../learning/CertificateCheckPage.js'), 'CertificateCheckPage');
const CapacityPage = screen(() => import('../capacity/pages.js'), 'CapacityPage');
const StrategyPage = screen(() => import('../capacity/strategy/pages.js'), 'StrategyPage');
const RecommendationsPage = screen(() => import('../advocacy/pages.js'), 'RecommendationsPage');
const RecommendationPage = screen(() => import('../advocacy/pages.js'), 'RecommendationPage');

/** Who may open the exports screen: anyone who may ask for one kind of export. */
const EXPORTERS: readonly Action[] = ['lists:export', 'cases:exchange', 'data:anonymise'];

function gated(action: Action | readonly Action[], Page: ComponentType) {
  return (
    <RequirePermission action={action}>
      <Page />
    </RequirePermission>
  );
}

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <CrashPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'setup', element: <SetupPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'invite/:token', element: <InvitePage /> },
          { path: 'enrol', element: <EnrolPage /> },
          { path: 'certificates/:code', element: <CertificateCheckPage /> },
        ],
      },
      {
        element: <RequireAccount />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'users', element: gated('users:list', UsersPage) },
              { path: 'organisations', element: gated('organisations:list', OrganisationsPage) },
              { path: 'network', element: gated('network:update', NetworkPage) },
              { path: 'audit', element: gated('audit:read', AuditPage) },
              { path: 'profile', element: <ProfilePage /> },
              { path: 'persons', element: gated('persons:read', PersonsPage) },
              { path: 'persons/new', element: gated('persons:write', NewPersonPage) },
              { path: 'persons/:id', element: gated('persons:read', PersonPage) },
              { path: 'cases', element: gated('cases:read', CasesPage) },
              { path: 'cases/:id', element: gated('cases:read', CasePage) },
              { path: 'my-tasks', element: gated('cases:read', MyTasksPage) },
              { path: 'case-settings', element: gated('cases:settings', CaseSettingsPage) },
              { path: 'screening', element: gated('screenings:create', ScreeningsPage) },
              { path: 'screening/new', element: gated('screenings:create', NewScreeningPage) },
              { path: 'screening/:id', element: gated('screenings:read', ScreeningPage) },
              { path: 'hotline', element: gated('contacts:read', ContactsPage) },
              { path: 'hotline/new', element: gated('contacts:create', NewContactPage) },
              { path: 'hotline/settings', element: gated('hotline:settings', HotlineSettingsPage) },
              { path: 'hotline/:id', element: gated('contacts:read', ContactPage) },
              { path: 'hotline-figures', element: gated('hotline:stats', HotlineFiguresPage) },
              { path: 'outreach', element: gated('encounters:read', EncountersPage) },
              { path: 'outreach/new', element: gated('encounters:create', NewEncounterPage) },
              { path: 'outreach/people', element: gated('encounters:read', OutreachPeoplePage) },
              { path: 'directory', element: <DirectoryPage /> },
              { path: 'directory/transfer', element: gated('directory:write', DirectoryTransferPage) },
              { path: 'directory/services/new', element: gated('directory:write', EditServicePage) },
              { path: 'directory/services/:id/edit', element: gated('directory:write', EditServicePage) },
              { path: 'directory/services/:id', element: <ServicePage /> },
              { path: 'referrals', element: gated('referrals:receive', ReferralsPage) },
              { path: 'referrals/new', element: gated('referrals:send', NewReferralPage) },
              { path: 'referrals/:id', element: gated('referrals:receive', ReferralPage) },
              { path: 'pathways', element: gated('pathways:write', PathwaysPage) },
              { path: 'dashboard', element: gated('stats:organisation', DashboardPage) },
              { path: 'network-dashboard', element: gated('stats:network', NetworkDashboardPage) },
              { path: 'exports', element: gated(EXPORTERS, ExportsPage) },
              { path: 'linkage', element: gated('linkage:keys', LinkagePage) },
              { path: 'campaigns', element: gated('campaigns:read', CampaignsPage) },
              { path: 'campaigns/new', element: gated('campaigns:write', EditCampaignPage) },
              { path: 'campaigns/reach', element: gated('campaigns:read', CampaignReachPage) },
              { path: 'campaigns/:id', element: gated('campaigns:read', CampaignPage) },
              { path: 'campaigns/:id/edit', element: gated('campaigns:write', EditCampaignPage) },
              { path: 'help-settings', element: gated('help:settings', HelpSettingsPage) },
              { path: 'learning', element: gated('courses:learn', CoursesPage) },
              { path: 'learning/courses/new', element: gated('courses:write', CourseEditorPage) },
              { path: 'learning/courses/:id', element: gated('courses:learn', CoursePage) },
              { path: 'learning/courses/:id/edit', element: gated('courses:write', CourseEditorPage) },
              { path: 'learning/courses/:id/stats', element: gated('courses:stats', CourseStatsPage) },
              { path: 'capacity', element: gated('capacity:read', CapacityPage) },
              { path: 'strategy', element: gated('capacity:read', StrategyPage) },
              { path: 'advocacy', element: gated('recommendations:read', RecommendationsPage) },
              { path: 'advocacy/recommendations/:id', element: gated('recommendations:read', RecommendationPage) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
