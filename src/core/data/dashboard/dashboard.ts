/**
 * The dashboards: an organisation's figures, and the network's, which come from counts only.
 *
 * A figure is a small table: rows of (key, value) and, for additive figures, their total. Keys are
 * months (YYYY-MM), codes of a code list (src/core/cases/codes.ts and the hotline, outreach and
 * referral lists), ISO 3166-1 alpha-3 countries, funnel stages or named measures; the web app turns
 * them into words. A value of `null` is a suppressed cell: fewer people than the network's threshold,
 * or a cell that would let a suppressed one be recovered by subtracting from a total.
 */
import { z } from 'zod';
import { calendarDate } from '../../cases/dates.js';
import { countryCode } from '../../platform/schemas.js';
import { ALPHA2_OF } from '../../referrals/countries.js';

export const DASHBOARD_SCOPES = ['organisation', 'network'] as const;
export type DashboardScope = (typeof DASHBOARD_SCOPES)[number];

/** The network's default threshold: a count under it is never shown at network level. */
export const DEFAULT_STATS_THRESHOLD = 10;

export const FIGURE_IDS = [
  'people-assisted', // by month: people with a case open in the month
  'cases-opened', // by month
  'cases-closed', // by month
  'exploitation-forms', // code list exploitation-form (a case may have several: not additive)
  'age-bands', // CTDC age bands (src/core/data/anonymise/ctdc.ts AGE_BANDS) at the case's opening, plus 'unknown'
  'genders', // code list gender, plus 'unknown'
  'citizenships', // alpha-3, plus 'unknown'
  'exploitation-countries', // alpha-3 of the case's places of exploitation (not additive)
  'cases-by-member-country', // network: cases by the country of the member organisation that holds them
  'contact-channels', // hotline channels
  'contact-reasons', // hotline reasons (not additive: a contact may have several)
  'outreach-funnel', // stages identified, engaged, visited, case-opened
  'screening-results', // presumed-victim, not-enough, ... (see src/core/identification)
  'referral-statuses', // referral states (src/core/referrals/referral.ts)
  'referral-days', // measures: median days to acceptance, to completion (value in days)
  'services-delivered', // services recorded on cases, by service type
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** Keys of 'outreach-funnel', in funnel order. */
export const FUNNEL_STAGES = ['identified', 'engaged', 'visited', 'case-opened'] as const;
/**
 * Keys of 'screening-results': presumed a victim; not presumed, and no open indicator could change
 * that (settled); not presumed yet, with indicators still open (incomplete).
 */
export const SCREENING_RESULTS = ['presumed-victim', 'not-enough', 'incomplete'] as const;
/** Keys of 'referral-days': median days from sending to acceptance, and to completion. */
export const REFERRAL_DAY_MEASURES = ['days-to-acceptance', 'days-to-completion'] as const;
/**
 * The key of a row for cases (contacts) with nothing recorded: no gender, age, citizenship, form or
 * country of exploitation, reason.
 */
export const UNKNOWN_KEY = 'unknown';
/** Network scope, 'contact-reasons': an organisation's own reasons (`org-...`) are counted together under this key. */
export const CUSTOM_REASONS_KEY = 'custom';
/**
 * Suppressed figures keyed by country: the suppressed cells merged into one row, so that a rare
 * country never appears on its own (see suppression.ts).
 */
export const OTHER_KEY = 'other';
/** The widest period a dashboard covers. */
export const MAX_DASHBOARD_YEARS = 10;

export const FIGURE_KEY_KINDS = ['month', 'code', 'country', 'stage', 'measure', 'age-band'] as const;
export const FIGURE_UNITS = ['people', 'cases', 'contacts', 'encounters', 'screenings', 'referrals', 'days', 'services'] as const;

export const dashboardQuery = z.strictObject({
  scope: z.enum(DASHBOARD_SCOPES).default('organisation'),
  /** The period, first and last day included; the last twelve months when absent. */
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  /** Network scope: only the member organisations of this country. */
  country: countryCode.refine((c) => Object.hasOwn(ALPHA2_OF, c), 'not an ISO 3166-1 alpha-3 country code').optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const figureRow = z.object({
  key: z.string(),
  /** null: suppressed. */
  value: z.number().nullable(),
  /**
   * Measures only (unit 'days'): how many referrals the value comes from; the value is shown only
   * when this is at least the threshold. null: suppressed (fewer than the threshold).
   */
  basis: z.number().int().nullable().optional(),
});
export type FigureRow = z.infer<typeof figureRow>;

export const figure = z.object({
  id: z.enum(FIGURE_IDS),
  keyKind: z.enum(FIGURE_KEY_KINDS),
  /** For keyKind 'code': the code list that names the keys (a key of the `codes` locale namespace). */
  codeList: z.string().optional(),
  unit: z.enum(FIGURE_UNITS),
  /** Whether the rows add up to the total (each case counted in exactly one row). */
  additive: z.boolean(),
  rows: z.array(figureRow),
  /** The number counted (cases, contacts...): the sum of the rows when additive. null: suppressed. */
  total: z.number().nullable(),
  /** Whether any cell (or the total) shows as suppressed. */
  suppressed: z.boolean(),
});
export type Figure = z.infer<typeof figure>;

/** People assisted across the network, each counted once (see src/server/data/linkage). */
export const peopleCountedOnce = z.object({
  /** People in the linkage keys the organisations uploaded: one per person per organisation. */
  raw: z.number().nullable(),
  /** The same people with those matched across organisations counted once. */
  deduplicated: z.number().nullable(),
  organisationsWithKeys: z.number().int(),
  organisations: z.number().int(),
  /** When the matching last ran (ISO timestamp), null when no organisation has uploaded keys. */
  computedAt: z.string().nullable(),
});
export type PeopleCountedOnce = z.infer<typeof peopleCountedOnce>;

export const dashboard = z.object({
  scope: z.enum(DASHBOARD_SCOPES),
  from: calendarDate,
  to: calendarDate,
  country: countryCode.nullable(),
  /** The threshold applied, null when nothing is suppressed (an organisation's own dashboard for its case readers). */
  threshold: z.number().int().nullable(),
  /** Network scope only. */
  peopleCountedOnce: peopleCountedOnce.nullable(),
  figures: z.array(figure),
});
export type Dashboard = z.infer<typeof dashboard>;
