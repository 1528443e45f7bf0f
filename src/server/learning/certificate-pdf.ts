import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { UiLanguage } from '../../core/platform/roles.js';
import { packageRoot } from '../package-info.js';
import { REPORT_FONTS } from '../rights/export-pdf.js';
import type { IssuedCertificate } from './enrolments-store.js';

/**
 * The certificate as a one-page PDF (A4, landscape), in the enrolment's language: the learner's
 * name, the course title and the organisation as issued, the date, the code, and the address that
 * confirms it with its QR code. Set in DejaVu Sans (embedded), which covers Latin, Greek and
 * Cyrillic. The labels come from the web app's `learning` namespace (`certificatePdf.*`), in
 * English where a language has none yet.
 */

const LABEL_KEYS = ['title', 'certifies', 'completed', 'givenBy', 'issuedOn', 'code', 'verify'] as const;
type LabelKey = (typeof LABEL_KEYS)[number];

/** fontkit reads an object of features to switch on and off; pdfkit's types know only the list form. */
const NO_LIGATURES = { liga: false, clig: false, rlig: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

const cache = new Map<string, Record<string, unknown>>();

function tree(language: UiLanguage): Record<string, unknown> {
  let found = cache.get(language);
  if (!found) {
    try {
      const file = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'src', 'web', 'locales', language, 'learning.json'), 'utf8')) as Record<string, unknown>;
      found = (typeof file.certificatePdf === 'object' && file.certificatePdf ? file.certificatePdf : {}) as Record<string, unknown>;
    } catch {
      found = {};
    }
    cache.set(language, found);
  }
  return found;
}

/** The labels in the language, each in English where the language has none yet. */
function labels(language: UiLanguage): Record<LabelKey, string> {
  const own = tree(language);
  const english = tree('en');
  const text = (k: LabelKey, from: Record<string, unknown>) => (typeof from[k] === 'string' && from[k] ? (from[k] as string) : undefined);
  return Object.fromEntries(LABEL_KEYS.map((k) => [k, text(k, own) ?? text(k, english) ?? k])) as Record<LabelKey, string>;
}

export async function certificatePdf(k: IssuedCertificate, language: UiLanguage, verifyUrl: string): Promise<Buffer> {
  const l = labels(language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(k.issuedAt);
  const qr = await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 56, bottom: 40, left: 64, right: 64 },
    font: REPORT_FONTS.body,
    lang: language,
    displayTitle: true,
    info: { Title: `${l.title}: ${k.courseTitle}`, Producer: 'Haven', Creator: 'Haven', CreationDate: k.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const inner = width - 128;
  doc
    .rect(28, 28, width - 56, height - 56)
    .lineWidth(2)
    .strokeColor('#2f4f6f')
    .stroke();
  doc
    .rect(36, 36, width - 72, height - 72)
    .lineWidth(0.6)
    .strokeColor('#2f4f6f')
    .stroke();

  // No ligatures: the text copies and searches as it reads ("fi" stays two letters).
  const plain = { features: NO_LIGATURES };
  const centred = { ...plain, width: inner, align: 'center' as const };
  // The foot (code, address, QR code) takes the bottom of the page; the body fills what is above
  // it. Long names, titles and organisation names wrap, and the whole body is set smaller until it
  // fits there: one page, nothing printed over the foot.
  const size = 96;
  const footY = height - 56 - size - 8;
  const top = 84;
  const room = footY - 16 - top;
  const body: { text: string; bold: boolean; size: number; colour: string; after: number }[] = [
    { text: l.title, bold: true, size: 28, colour: '#1a1a1a', after: 1.2 },
    { text: l.certifies, bold: false, size: 13, colour: '#444444', after: 0.5 },
    { text: k.learnerName, bold: true, size: 24, colour: '#1a1a1a', after: 0.5 },
    { text: l.completed, bold: false, size: 13, colour: '#444444', after: 0.5 },
    { text: k.courseTitle, bold: true, size: 19, colour: '#1a1a1a', after: 0.5 },
    { text: `${l.givenBy} ${k.organisation}`, bold: false, size: 13, colour: '#444444', after: 0.8 },
    { text: l.issuedOn.replace('{date}', date), bold: false, size: 12, colour: '#1a1a1a', after: 0 },
  ];
  const setFont = (part: (typeof body)[number], scale: number) => doc.font(part.bold ? REPORT_FONTS.bold : REPORT_FONTS.body).fontSize(part.size * scale);
  const heightAt = (scale: number) =>
    body.reduce((sum, part) => {
      setFont(part, scale);
      return sum + doc.heightOfString(part.text, centred) + part.after * doc.currentLineHeight(true);
    }, 0);
  let scale = 1;
  while (scale > 0.35 && heightAt(scale) > room) scale -= 0.05;
  doc.y = top;
  for (const [i, part] of body.entries()) {
    setFont(part, scale).fillColor(part.colour);
    // Clipped at the foot, should a text be longer than any name or title can be.
    const clip = { ...centred, height: Math.max(1, top + room - doc.y) };
    if (i === 0) doc.text(part.text, 64, top, clip);
    else doc.text(part.text, clip);
    if (part.after) doc.moveDown(part.after);
  }

  // The foot: the code and the address on the left, the QR code of the address on the right.
  doc.image(qr, width - 64 - size, footY, { width: size, height: size });
  const textWidth = inner - size - 24;
  doc
    .font(REPORT_FONTS.body)
    .fontSize(10)
    .fillColor('#444444')
    .text(l.code, 64, footY + 8, { ...plain, width: textWidth });
  doc
    .font(REPORT_FONTS.bold)
    .fontSize(16)
    .fillColor('#1a1a1a')
    .text(k.code, { ...plain, width: textWidth, characterSpacing: 1 });
  doc.moveDown(0.4);
  doc
    .font(REPORT_FONTS.body)
    .fontSize(10)
    .fillColor('#444444')
    .text(l.verify, { ...plain, width: textWidth });
  doc.fillColor('#1a4f8a').text(verifyUrl, { ...plain, width: textWidth, link: verifyUrl, underline: true });
  doc.end();
  return done;
}
