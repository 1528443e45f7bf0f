/**
 * Countries to regions, for generalising citizenship and country of exploitation: the UN
 * Statistics Division's standard country or area codes for statistical use (M49,
 * https://unstats.un.org/unsd/methodology/m49/). CTDC's own data dictionary gives each country
 * its UN region and sub-region (the `UNRegion` and `UNSubRegion` columns of its "Region" sheet),
 * so these are the areas its users already know.
 *
 * Two levels above the country:
 * - the **area**: M49's intermediate region where M49 has one (Eastern, Middle, Southern and
 *   Western Africa; the Caribbean, Central and South America), else its sub-region. Sub-Saharan
 *   Africa and Latin America and the Caribbean are too large to be useful as one area;
 * - the **region**: Africa, Americas, Asia, Europe, Oceania.
 *
 * Every alpha-3 code of `src/core/referrals/countries.ts` is here (a test checks it). Where M49
 * says nothing: Kosovo (XKX, not in M49) is placed in Southern Europe as its neighbours are;
 * Taiwan (TWN, not listed separately by M49) in Eastern Asia; Antarctica (ATA, in no M49 region)
 * is its own area and region. M49's Channel Islands intermediate region is folded into Northern
 * Europe (its sub-region).
 */

export const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Antarctica'] as const;
export type M49Region = (typeof M49_REGIONS)[number];

/** Each area (M49 code and name), its region, and its countries (ISO 3166-1 alpha-3). */
export const M49_AREAS: readonly { readonly code: string; readonly name: string; readonly region: M49Region; readonly countries: readonly string[] }[] = [
  { code: '015', name: 'Northern Africa', region: 'Africa', countries: ['DZA', 'EGY', 'LBY', 'MAR', 'SDN', 'TUN', 'ESH'] },
  {
    code: '014',
    name: 'Eastern Africa',
    region: 'Africa',
    countries: [
      'IOT',
      'BDI',
      'COM',
      'DJI',
      'ERI',
      'ETH',
      'ATF',
      'KEN',
      'MDG',
      'MWI',
      'MUS',
      'MYT',
      'MOZ',
      'REU',
      'RWA',
      'SYC',
      'SOM',
      'SSD',
      'UGA',
      'TZA',
      'ZMB',
      'ZWE',
    ],
  },
  { code: '017', name: 'Middle Africa', region: 'Africa', countries: ['AGO', 'CMR', 'CAF', 'TCD', 'COG', 'COD', 'GNQ', 'GAB', 'STP'] },
  { code: '018', name: 'Southern Africa', region: 'Africa', countries: ['BWA', 'SWZ', 'LSO', 'NAM', 'ZAF'] },
  {
    code: '011',
    name: 'Western Africa',
    region: 'Africa',
    countries: ['BEN', 'BFA', 'CPV', 'CIV', 'GMB', 'GHA', 'GIN', 'GNB', 'LBR', 'MLI', 'MRT', 'NER', 'NGA', 'SHN', 'SEN', 'SLE', 'TGO'],
  },
  {
    code: '029',
    name: 'Caribbean',
    region: 'Americas',
    countries: [
      'AIA',
      'ATG',
      'ABW',
      'BHS',
      'BRB',
      'BES',
      'VGB',
      'CYM',
      'CUB',
      'CUW',
      'DMA',
      'DOM',
      'GRD',
      'GLP',
      'HTI',
      'JAM',
      'MTQ',
      'MSR',
      'PRI',
      'BLM',
      'KNA',
      'LCA',
      'MAF',
      'VCT',
      'SXM',
      'TTO',
      'TCA',
      'VIR',
    ],
  },
  { code: '013', name: 'Central America', region: 'Americas', countries: ['BLZ', 'CRI', 'SLV', 'GTM', 'HND', 'MEX', 'NIC', 'PAN'] },
  {
    code: '005',
    name: 'South America',
    region: 'Americas',
    countries: ['ARG', 'BOL', 'BVT', 'BRA', 'CHL', 'COL', 'ECU', 'FLK', 'GUF', 'GUY', 'PRY', 'PER', 'SGS', 'SUR', 'URY', 'VEN'],
  },
  { code: '021', name: 'Northern America', region: 'Americas', countries: ['BMU', 'CAN', 'GRL', 'SPM', 'USA'] },
  { code: '143', name: 'Central Asia', region: 'Asia', countries: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] },
  { code: '030', name: 'Eastern Asia', region: 'Asia', countries: ['CHN', 'HKG', 'MAC', 'PRK', 'JPN', 'MNG', 'KOR', 'TWN'] },
  { code: '035', name: 'South-eastern Asia', region: 'Asia', countries: ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'] },
  { code: '034', name: 'Southern Asia', region: 'Asia', countries: ['AFG', 'BGD', 'BTN', 'IND', 'IRN', 'MDV', 'NPL', 'PAK', 'LKA'] },
  {
    code: '145',
    name: 'Western Asia',
    region: 'Asia',
    countries: ['ARM', 'AZE', 'BHR', 'CYP', 'GEO', 'IRQ', 'ISR', 'JOR', 'KWT', 'LBN', 'OMN', 'QAT', 'SAU', 'PSE', 'SYR', 'TUR', 'ARE', 'YEM'],
  },
  { code: '151', name: 'Eastern Europe', region: 'Europe', countries: ['BLR', 'BGR', 'CZE', 'HUN', 'POL', 'MDA', 'ROU', 'RUS', 'SVK', 'UKR'] },
  {
    code: '154',
    name: 'Northern Europe',
    region: 'Europe',
    countries: ['ALA', 'DNK', 'EST', 'FRO', 'FIN', 'GGY', 'ISL', 'IRL', 'IMN', 'JEY', 'LVA', 'LTU', 'NOR', 'SJM', 'SWE', 'GBR'],
  },
  {
    code: '039',
    name: 'Southern Europe',
    region: 'Europe',
    countries: ['ALB', 'AND', 'BIH', 'HRV', 'GIB', 'GRC', 'VAT', 'ITA', 'MLT', 'MNE', 'MKD', 'PRT', 'SMR', 'SRB', 'SVN', 'ESP', 'XKX'],
  },
  { code: '155', name: 'Western Europe', region: 'Europe', countries: ['AUT', 'BEL', 'FRA', 'DEU', 'LIE', 'LUX', 'MCO', 'NLD', 'CHE'] },
  { code: '053', name: 'Australia and New Zealand', region: 'Oceania', countries: ['AUS', 'CXR', 'CCK', 'HMD', 'NZL', 'NFK'] },
  { code: '054', name: 'Melanesia', region: 'Oceania', countries: ['FJI', 'NCL', 'PNG', 'SLB', 'VUT'] },
  { code: '057', name: 'Micronesia', region: 'Oceania', countries: ['GUM', 'KIR', 'MHL', 'FSM', 'NRU', 'MNP', 'PLW', 'UMI'] },
  { code: '061', name: 'Polynesia', region: 'Oceania', countries: ['ASM', 'COK', 'PYF', 'NIU', 'PCN', 'WSM', 'TKL', 'TON', 'TUV', 'WLF'] },
  { code: '010', name: 'Antarctica', region: 'Antarctica', countries: ['ATA'] },
];

const AREA_OF = new Map<string, (typeof M49_AREAS)[number]>(M49_AREAS.flatMap((a) => a.countries.map((c) => [c, a] as const)));

/** Every country of the table, in a fixed order (area by area). */
export const M49_COUNTRIES: readonly string[] = M49_AREAS.flatMap((a) => a.countries);

/** The area (intermediate region or sub-region) name of an alpha-3 country; undefined when unknown. */
export function areaOf(alpha3: string): string | undefined {
  return AREA_OF.get(alpha3)?.name;
}

/** The region of an alpha-3 country; undefined when unknown. */
export function regionOf(alpha3: string): M49Region | undefined {
  return AREA_OF.get(alpha3)?.region;
}
