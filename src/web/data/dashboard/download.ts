/**
 * A figure's downloads, made in the browser: CSV (formula-guarded, with a byte order mark so that
 * spreadsheets read it as UTF-8), XLSX (write-excel-file, loaded only when asked for) and PNG (the
 * chart's svg drawn on a canvas at twice its size, under its title).
 */
import { type Sheet, toCsv } from './logic.js';

/** Offers a file to the user (a download; nothing leaves the browser). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function csvBlob(sheet: Sheet): Blob {
  return new Blob([`\uFEFF${toCsv(sheet)}`], { type: 'text/csv;charset=utf-8' });
}

export async function xlsxBlob(sheet: Sheet, sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = sheet.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = sheet.rows.map((row) =>
    row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String })),
  );
  // A sheet's name is at most 31 characters, without []:*?/\
  const name = sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
  return writeXlsxFile([header, ...rows], { sheet: name, columns: [{ width: 16 }, { width: 36 }, { width: 12 }, { width: 16 }] }).toBlob();
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The chart's svg, with its size and font set on it, as a picture a canvas can draw. */
function svgImage(svg: SVGSVGElement): Promise<{ image: HTMLImageElement; width: number; height: number }> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', FONT);
  copy.removeAttribute('style');
  const text = new XMLSerializer().serializeToString(copy);
  // A data: address: the app's Content Security Policy allows images from data:, not from blob:.
  const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve({ image, width, height });
    image.onerror = () => reject(new Error('The chart could not be drawn.'));
    image.src = source;
  });
}

/** The lines above the chart: its title (bold) and what it covers. */
export interface PictureText {
  title: string;
  subtitle: string;
  /** Under the chart: the suppressed cells, when there are any. */
  footnote?: string;
}

export async function pngBlob(svg: SVGSVGElement, text: PictureText, scale = 2): Promise<Blob> {
  const { image, width, height } = await svgImage(svg);
  const pad = 16;
  const titleSize = 18;
  const lineSize = 13;
  const top = pad + titleSize + 8 + lineSize + 12;
  const bottom = text.footnote ? lineSize + 16 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((width + pad * 2) * scale);
  canvas.height = Math.round((top + height + bottom + pad) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas.');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width + pad * 2, top + height + bottom + pad);
  context.fillStyle = '#212529';
  context.textBaseline = 'top';
  context.font = `600 ${titleSize}px ${FONT}`;
  context.fillText(text.title, pad, pad, width);
  context.fillStyle = '#495057';
  context.font = `${lineSize}px ${FONT}`;
  context.fillText(text.subtitle, pad, pad + titleSize + 8, width);
  context.drawImage(image, pad, top, width, height);
  if (text.footnote) context.fillText(text.footnote, pad, top + height + 12, width);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No picture.'))), 'image/png'));
}
