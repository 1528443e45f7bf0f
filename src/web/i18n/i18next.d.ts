import 'i18next';

/** Locale keys are checked at compile time against the English files. */
type Common = typeof import('../locales/en/common.json', { with: { type: 'json' }})['default'];
type Setup = typeof import('../locales/en/setup.json', { with: { type: 'json' }})['default'];
type SignIn = typeof import('../locales/en/signIn.json', { with: { type: 'json' }})['default'];
type Enrol = typeof import('../locales/en/enrol.json', { with: { type: 'json' }})['default'];
type Invite = typeof import('../locales/en/invite.json', { with: { type: 'json' }})['default'];
type Home = typeof import('../locales/en/home.json', { with: { type: 'json' }})['default'];
type Users = typeof import('../locales/en/users.json', { with: { type: 'json' }})['default'];
type Organisations = typeof import('../locales/en/organisations.json', { with: { type: 'json' }})['default'];
type Network = typeof import('../locales/en/network.json', { with: { type: 'json' }})['default'];
type Audit = typeof import('../locales/en/audit.json', { with: { type: 'json' }})['default'];
type Profile = typeof import('../locales/en/profile.json', { with: { type: 'json' }})['default'];
type Codes = typeof import('../locales/en/codes.json', { with: { type: 'json' }})['default'];
type Persons = typeof import('../locales/en/persons.json', { with: { type: 'json' }})['default'];
type Cases = typeof import('../locales/en/cases.json', { with: { type: 'json' }})['default'];
type CaseWork = typeof import('../locales/en/caseWork.json', { with: { type: 'json' }})['default'];
type Identification = typeof import('../locales/en/identification.json', { with: { type: 'json' }})['default'];
type Hotline = typeof import('../locales/en/hotline.json', { with: { type: 'json' }})['default'];
type HotlineFigures = typeof import('../locales/en/hotlineFigures.json', { with: { type: 'json' }})['default'];
type Outreach = typeof import('../locales/en/outreach.json', { with: { type: 'json' }})['default'];
type Directory = typeof import('../locales/en/directory.json', { with: { type: 'json' }})['default'];
type Referrals = typeof import('../locales/en/referrals.json', { with: { type: 'json' }})['default'];
type Dashboard = typeof import('../locales/en/dashboard.json', { with: { type: 'json' }})['default'];
type Exports = typeof import('../locales/en/exports.json', { with: { type: 'json' }})['default'];
type Htcds = typeof import('../locales/en/htcds.json', { with: { type: 'json' }})['default'];
type Linkage = typeof import('../locales/en/linkage.json', { with: { type: 'json' }})['default'];
type Campaigns = typeof import('../locales/en/campaigns.json', { with: { type: 'json' }})['default'];
type HelpSettings = typeof import('../locales/en/helpSettings.json', { with: { type: 'json' }})['default'];
type Learning = typeof import('../locales/en/learning.json', { with: { type: 'json' }})['default'];
type Capacity = typeof import('../locales/en/capacity.json', { with: { type: 'json' }})['default'];
type Strategy = typeof import('../locales/en/strategy.json', { with: { type: 'json' }})['default'];
type Advocacy = typeof import('../locales/en/advocacy.json', { with: { type: 'json' }})['default'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: Common;
      setup: Setup;
      signIn: SignIn;
      enrol: Enrol;
      invite: Invite;
      home: Home;
      users: Users;
      organisations: Organisations;
      network: Network;
      audit: Audit;
      profile: Profile;
      codes: Codes;
      persons: Persons;
      cases: Cases;
      caseWork: CaseWork;
      identification: Identification;
      hotline: Hotline;
      hotlineFigures: HotlineFigures;
      outreach: Outreach;
      directory: Directory;
      referrals: Referrals;
      dashboard: Dashboard;
      exports: Exports;
      htcds: Htcds;
      linkage: Linkage;
      campaigns: Campaigns;
      helpSettings: HelpSettings;
      learning: Learning;
      capacity: Capacity;
      strategy: Strategy;
      advocacy: Advocacy;
    };
  }
}
