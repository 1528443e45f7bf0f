/**
 * What the page's address may ask for besides the language: `?country=GRC` (the settings page's
 * preview links use it). Anything else than an alpha-3 code is ignored (the page then shows the
 * network's default country), so that a mistyped link never makes the data request fail.
 */
export function askedCountry(search: string): string | null {
  const asked = new URLSearchParams(search).get('country')?.trim().toUpperCase() ?? '';
  return /^[A-Z]{3}$/.test(asked) ? asked : null;
}
