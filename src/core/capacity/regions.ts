/**
 * A simple sub-region of each country (ISO 3166-1 alpha-3), after the UN M49 geoscheme, with
 * Europe's east split into the Western Balkans and the Eastern Partnership countries as networks
 * there work. Enough to rank an offer from a neighbour above one from far away; an unknown country
 * has no region (only the same country then counts).
 */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  'northern-europe': ['DNK', 'EST', 'FIN', 'GBR', 'IRL', 'ISL', 'LTU', 'LVA', 'NOR', 'SWE'],
  'western-europe': ['AUT', 'BEL', 'CHE', 'DEU', 'FRA', 'LIE', 'LUX', 'MCO', 'NLD'],
  'southern-europe': ['AND', 'CYP', 'ESP', 'GRC', 'HRV', 'ITA', 'MLT', 'PRT', 'SMR', 'SVN', 'VAT'],
  'western-balkans': ['ALB', 'BIH', 'MKD', 'MNE', 'SRB', 'XKX'],
  'central-europe': ['BGR', 'CZE', 'HUN', 'POL', 'ROU', 'SVK'],
  'eastern-europe': ['ARM', 'AZE', 'BLR', 'GEO', 'MDA', 'RUS', 'UKR'],
  'western-asia': ['ARE', 'BHR', 'IRQ', 'ISR', 'JOR', 'KWT', 'LBN', 'OMN', 'PSE', 'QAT', 'SAU', 'SYR', 'TUR', 'YEM'],
  'central-asia': ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  'southern-asia': ['AFG', 'BGD', 'BTN', 'IND', 'IRN', 'LKA', 'MDV', 'NPL', 'PAK'],
  'south-eastern-asia': ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'],
  'eastern-asia': ['CHN', 'HKG', 'JPN', 'KOR', 'MNG', 'PRK', 'TWN'],
  'northern-africa': ['DZA', 'EGY', 'LBY', 'MAR', 'SDN', 'TUN'],
  'western-africa': ['BEN', 'BFA', 'CIV', 'CPV', 'GHA', 'GIN', 'GMB', 'GNB', 'LBR', 'MLI', 'MRT', 'NER', 'NGA', 'SEN', 'SLE', 'TGO'],
  'eastern-africa': ['BDI', 'DJI', 'ERI', 'ETH', 'KEN', 'MDG', 'MOZ', 'MWI', 'RWA', 'SOM', 'SSD', 'TZA', 'UGA', 'ZMB', 'ZWE'],
  'middle-africa': ['AGO', 'CAF', 'CMR', 'COD', 'COG', 'GAB', 'GNQ', 'TCD'],
  'southern-africa': ['BWA', 'LSO', 'NAM', 'SWZ', 'ZAF'],
  'northern-america': ['CAN', 'USA'],
  'latin-america': ['ARG', 'BOL', 'BRA', 'CHL', 'COL', 'CRI', 'CUB', 'DOM', 'ECU', 'GTM', 'HND', 'HTI', 'MEX', 'NIC', 'PAN', 'PER', 'PRY', 'SLV', 'URY', 'VEN'],
  oceania: ['AUS', 'FJI', 'NZL', 'PNG'],
};

const REGION_OF: ReadonlyMap<string, string> = new Map(Object.entries(GROUPS).flatMap(([region, countries]) => countries.map((c) => [c, region] as const)));

/** The sub-region of a country, or null when the table does not know it. */
export function regionOf(country: string): string | null {
  return REGION_OF.get(country) ?? null;
}

export const REGIONS = Object.keys(GROUPS);
