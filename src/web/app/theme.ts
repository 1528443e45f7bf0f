import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, Menu } from '@mantine/core';

/**
 * Mantine's defaults with colours dark enough for WCAG AA contrast (4.5:1) on text:
 * primary buttons use indigo 7, and "light" variants, dimmed text and errors use darker shades.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'inherit' },
  focusRing: 'auto',
  cursorType: 'pointer',
  defaultRadius: 'md',
  components: {
    // Mantine's default puts a focusable role="presentation" placeholder inside every open
    // role="menu" (axe: aria-required-children, critical). Without it, opening a menu focuses
    // its first item, as the WAI-ARIA menu button pattern expects.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7],
    '--mantine-color-error': DEFAULT_THEME.colors.red[9],
    '--mantine-color-placeholder': DEFAULT_THEME.colors.gray[7],
  };
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    light[`--mantine-color-${name}-light`] = shades[0];
    light[`--mantine-color-${name}-light-hover`] = shades[1];
    light[`--mantine-color-${name}-light-color`] = shades[9];
    light[`--mantine-color-${name}-outline`] = shades[9];
    light[`--mantine-color-${name}-text`] = shades[9];
  }
  return { variables: {}, light, dark: {} };
};
