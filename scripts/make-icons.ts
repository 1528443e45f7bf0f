/**
 * Renders the app icon (src/web/public/icon.svg) to the PNG sizes browsers ask of an installable
 * app (192 and 512 pixels), with Debian's Chromium. Run after changing the icon:
 * `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath, launchBrowser } from '../e2e/harness.js';

const publicDir = path.resolve(import.meta.dirname, '../src/web/public');
const svg = fs.readFileSync(path.join(publicDir, 'icon.svg'), 'utf8');

void chromiumPath();
const browser = await launchBrowser();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(publicDir, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
