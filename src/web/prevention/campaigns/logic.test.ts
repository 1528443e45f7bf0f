import { describe, expect, it } from 'vitest';
import { activityRequest, type CampaignView, campaignRequest } from '../../../core/prevention/campaign.js';
import {
  activityFieldOf,
  activityFormValues,
  activityRequestOf,
  campaignFormValues,
  campaignQueryOf,
  campaignRequestOf,
  checkActivityFile,
  cityRowOf,
  emptyActivity,
  emptyCampaign,
  emptyCity,
  listFiltersOf,
  reachFiltersOf,
  reachParamsOf,
  shownFieldOf,
  typedNumber,
  withListFilters,
} from './logic.js';
import { reachChartRows, reachSheet, sumRows } from './reach-rows.js';

const ORG = '6f1c1f7e-8d2b-4b7a-9f3e-2a1b3c4d5e6f';

const campaign: CampaignView = {
  id: '0b0c7f0e-1111-4b7a-9f3e-2a1b3c4d5e6f',
  orgId: ORG,
  orgName: 'La Strada',
  name: 'Work abroad safely',
  goal: 'Job seekers check offers',
  message: 'Ask before you go',
  startsOn: '2020-03-01',
  endsOn: null,
  organisationIds: [],
  partners: ['Ministry of Labour'],
  audiences: ['job-seekers'],
  cities: [
    { name: 'Chișinău', country: 'MDA', latitude: 47.0105, longitude: 28.8638 },
    { name: 'Bălți', country: 'MDA' },
  ],
  budget: 12000,
  currency: 'EUR',
  reach: { counted: 0, estimated: 0 },
  activities: 0,
  editable: true,
  version: 3,
  createdAt: '2020-02-01T10:00:00Z',
  updatedAt: '2020-02-01T10:00:00Z',
};

describe('the campaign form', () => {
  it('makes a request the shared schema accepts, round trip from a campaign', () => {
    const body = campaignRequestOf(campaignFormValues(campaign));
    expect(body).toEqual({
      name: 'Work abroad safely',
      goal: 'Job seekers check offers',
      message: 'Ask before you go',
      startsOn: '2020-03-01',
      organisationIds: [],
      partners: ['Ministry of Labour'],
      audiences: ['job-seekers'],
      cities: [
        { name: 'Chișinău', country: 'MDA', latitude: 47.0105, longitude: 28.8638 },
        { name: 'Bălți', country: 'MDA' },
      ],
      budget: 12000,
      currency: 'EUR',
    });
    expect(campaignRequest.safeParse(body).success).toBe(true);
  });

  it('reads decimal commas, leaves blanks out, and keeps what is not a number for the schema to refuse', () => {
    expect(typedNumber('')).toBeUndefined();
    expect(typedNumber(' 47,01 ')).toBe(47.01);
    expect(typedNumber('-8.5')).toBe(-8.5);
    expect(typedNumber('north')).toBe('north');
    const values = {
      ...emptyCampaign(),
      name: ' Youth ',
      startsOn: '2024-01-01',
      budget: '1000',
      currency: 'eur',
      cities: [{ ...emptyCity('UKR'), name: 'Kyiv', latitude: 'x' }],
    };
    const body = campaignRequestOf(values);
    expect(body).toMatchObject({ name: 'Youth', budget: 1000, currency: 'EUR' });
    expect(body).not.toHaveProperty('endsOn');
    const result = campaignRequest.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['cities', 0, 'latitude']);
  });

  it('leaves blank city rows out and names the errors of the rows sent at the rows of the form', () => {
    const values = { ...emptyCampaign(), cities: [emptyCity(), { ...emptyCity(), name: 'Odesa', country: 'UKR' }, { ...emptyCity(), name: 'Lviv' }] };
    // A row with a country only is not blank (its name is missing).
    values.cities[0] = { ...values.cities[0]!, country: '' };
    const body = campaignRequestOf(values) as { cities: unknown[] };
    expect(body.cities).toHaveLength(2);
    const rename = cityRowOf(values);
    expect(rename('cities.0.name')).toBe('cities.1.name');
    expect(rename('cities.1.country')).toBe('cities.2.country');
    expect(rename('cities')).toBe('cities');
    expect(rename('name')).toBe('name');
  });

  it('asks for a currency with a budget', () => {
    const result = campaignRequest.safeParse(campaignRequestOf({ ...emptyCampaign(), name: 'A', startsOn: '2024-01-01', budget: '5' }));
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['currency']);
  });
});

describe('the activity form', () => {
  it('starts on today, in the only city, for the only audience', () => {
    const one = { ...campaign, cities: [campaign.cities[0]!] };
    expect(emptyActivity(one, '2024-05-02')).toMatchObject({ date: '2024-05-02', place: 'MDA/Chișinău', audience: 'job-seekers', reachKind: 'counted' });
    expect(emptyActivity(campaign, '2024-05-02').place).toBe('');
  });

  it('sends a city and its country, or a whole country', () => {
    const values = { ...emptyActivity(campaign, '2024-05-02'), type: 'seminar' as const, place: 'MDA/Bălți', reached: '120', reachKind: 'estimated' as const };
    const body = activityRequestOf(values);
    expect(body).toMatchObject({ type: 'seminar', date: '2024-05-02', city: 'Bălți', country: 'MDA', reached: 120, reachKind: 'estimated' });
    expect(activityRequest.safeParse(body).success).toBe(true);
    const broadcast = activityRequestOf({ ...values, type: 'broadcast', place: 'MDA/' });
    expect(broadcast).not.toHaveProperty('city');
    expect(broadcast.country).toBe('MDA');
  });

  it('refuses a missing number of people on its field, and maps the place fields', () => {
    const body = activityRequestOf({ ...emptyActivity(campaign, '2024-05-02'), type: 'seminar', place: 'MDA/Bălți', reached: '' });
    const result = activityRequest.safeParse(body);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['reached']);
    expect(activityFieldOf('city')).toBe('place');
    expect(activityFieldOf('country')).toBe('place');
    expect(activityFieldOf('reached')).toBe('reached');
  });

  it('shows an activity as it was recorded', () => {
    const values = activityFormValues({
      id: '0b0c7f0e-2222-4b7a-9f3e-2a1b3c4d5e6f',
      campaignId: campaign.id,
      orgId: ORG,
      type: 'broadcast',
      date: '2024-03-03',
      city: null,
      country: 'MDA',
      audience: 'general-public',
      reached: 50000,
      reachKind: 'estimated',
      title: 'TV',
      description: '',
      materials: '',
      partners: [],
      files: [],
      version: 0,
      createdAt: '2024-03-03T10:00:00Z',
    });
    expect(values).toMatchObject({ place: 'MDA/', reached: '50000', reachKind: 'estimated' });
  });
});

describe('the filters in the address', () => {
  it('reads the list filters, refusing what is not one', () => {
    const f = listFiltersOf(new URLSearchParams('q=youth&scope=network&audience=pupils&country=mda&from=2024-01-01&to=bad&page=3'));
    expect(f).toEqual({ q: 'youth', scope: 'network', audience: 'pupils', country: 'MDA', from: '2024-01-01', to: '', page: 3 });
    expect(listFiltersOf(new URLSearchParams('audience=cats&page=-1'))).toMatchObject({ audience: '', page: 1, scope: 'own' });
    expect(campaignQueryOf({ ...f, page: 3 })).toMatchObject({ limit: 25, offset: 50, scope: 'network' });
  });

  it('goes back to the first page when a filter changes', () => {
    const params = new URLSearchParams('q=youth&page=3');
    expect(withListFilters(params, { audience: 'pupils' }).toString()).toBe('q=youth&audience=pupils');
    expect(withListFilters(params, { page: 4 }).toString()).toBe('q=youth&page=4');
  });

  it('round-trips the reach filters', () => {
    const f = reachFiltersOf(new URLSearchParams(`scope=network&campaign=${campaign.id}&country=MDA&from=2024-01-01`));
    expect(f).toEqual({ scope: 'network', campaignId: campaign.id, country: 'MDA', from: '2024-01-01', to: '' });
    expect(reachFiltersOf(reachParamsOf(f))).toEqual(f);
    expect(reachFiltersOf(new URLSearchParams('campaign=nope')).campaignId).toBe('');
  });
});

describe('reach rows as chart rows', () => {
  const rows = [
    { key: 'MDA/Bălți', counted: 0, estimated: 500, activities: 1 },
    { key: 'MDA/Chișinău', counted: 1200, estimated: 0, activities: 2 },
    { key: 'MDA/Cahul', counted: 0, estimated: 0, activities: 0 },
  ];

  it('orders a breakdown largest first and leaves out empty rows', () => {
    const chart = reachChartRows(rows, (k) => k.slice(4), 'breakdown');
    expect(chart.map((r) => [r.label, r.counted, r.estimated, r.total])).toEqual([
      ['Chișinău', 1200, 0, 1200],
      ['Bălți', 0, 500, 500],
    ]);
  });

  it('keeps every month in time order, zeros included', () => {
    const months = [
      { key: '2024-03', counted: 1, estimated: 0, activities: 1 },
      { key: '2024-01', counted: 0, estimated: 0, activities: 0 },
      { key: '2024-02', counted: 0, estimated: 9, activities: 1 },
    ];
    expect(reachChartRows(months, (k) => k, 'time').map((r) => r.key)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('makes a download with a total row that adds up', () => {
    const chart = reachChartRows(rows, (k) => k.slice(4), 'breakdown');
    expect(sumRows(chart)).toEqual({ key: 'total', counted: 1200, estimated: 500, activities: 3 });
    const sheet = reachSheet(chart, {
      code: 'Code',
      category: 'City',
      counted: 'Counted',
      estimated: 'Estimated',
      total: 'Total',
      activities: 'Activities',
      totalRow: 'Total',
    });
    expect(sheet.header).toEqual(['Code', 'City', 'Counted', 'Estimated', 'Total', 'Activities']);
    expect(sheet.rows.at(-1)).toEqual(['total', 'Total', 1200, 500, 1700, 3]);
    expect(sheet.rows[0]).toEqual(['MDA/Chișinău', 'Chișinău', 1200, 0, 1200, 2]);
  });
});

describe('files', () => {
  it('accepts photos and PDFs up to 10 MB, by type or by name', () => {
    expect(checkActivityFile({ name: 'a.jpg', type: 'image/jpeg', size: 10 })).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(checkActivityFile({ name: 'a.PDF', type: '', size: 10 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkActivityFile({ name: 'a.docx', type: 'application/msword', size: 10 })).toEqual({ ok: false, problem: 'type' });
    expect(checkActivityFile({ name: 'a.png', type: 'image/png', size: 0 })).toEqual({ ok: false, problem: 'empty' });
    expect(checkActivityFile({ name: 'a.png', type: 'image/png', size: 11 * 1024 * 1024 })).toEqual({ ok: false, problem: 'size' });
  });
});

describe('shownFieldOf', () => {
  it('shows an item’s error at its list’s one input, any other field where it is', () => {
    // The server names `organisationIds.0` (not a member organisation); the form's input is `organisationIds`.
    expect(shownFieldOf('organisationIds.0')).toBe('organisationIds');
    expect(shownFieldOf('partners.12')).toBe('partners');
    expect(shownFieldOf('audiences.1')).toBe('audiences');
    expect(shownFieldOf('cities.1.name')).toBe('cities.1.name');
    expect(shownFieldOf('partnersNote')).toBe('partnersNote');
    const tooLong = campaignRequest.safeParse({ name: 'x', startsOn: '2025-01-01', partners: ['ok', 'p'.repeat(201)] });
    expect(tooLong.success ? [] : tooLong.error.issues.map((i) => shownFieldOf(i.path.join('.')))).toEqual(['partners']);
  });
});
