import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import PDFDocument from 'pdfkit';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { type RecommendationFilters, type RecommendationView, STATUSES, type StatusCounts, zeroCounts } from '../../core/advocacy/recommendation.js';
import { UI_LANGUAGES, type UiLanguage } from '../../core/platform/roles.js';
import { packageRoot } from '../package-info.js';
import { REPORT_FONTS } from '../rights/export-pdf.js';

/**
 * The advocacy report: the recommendations a set of filters matches, with their status histories,
 * as a PDF (a title, the filters, a summary by status, then each recommendation with its history;
 * DejaVu Sans embedded, so every script the network writes in prints) or as an XLSX workbook (one
 * sheet of recommendations, one of status changes). Its texts come from the web app's locale file
 * `advocacy.json` (`report.*`, `status.*`, `theme.*`, `sourceKind.*`), in the reader's language,
 * English where a text is missing.
 */

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();

function localeFile(language: string): Tree {
  let found = cache.get(language);
  if (!found) {
    try {
      found = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'src', 'web', 'locales', language, 'advocacy.json'), 'utf8')) as Tree;
    } catch {
      found = {};
    }
    cache.set(language, found);
  }
  return found;
}

function lookup(tree: Tree, dotted: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export interface ReportTexts {
  readonly language: UiLanguage;
  t(key: string, values?: Record<string, string | number>): string;
  date(day: string | null): string;
}

export function reportTexts(requested: string): ReportTexts {
  const language: UiLanguage = (UI_LANGUAGES as readonly string[]).includes(requested) ? (requested as UiLanguage) : 'en';
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    language,
    t(key, values = {}) {
      const text = lookup(localeFile(language), key) ?? lookup(localeFile('en'), key);
      if (text === undefined) return key;
      try {
        return String(new IntlMessageFormat(text, language).format(values));
      } catch {
        return text;
      }
    },
    date(day) {
      if (!day) return '';
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
      return m ? dates.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : day;
    },
  };
}

export interface ReportInput {
  readonly items: readonly RecommendationView[];
  /** How many matched (more than the items when the report was cut at its maximum). */
  readonly matched: number;
  readonly filters: RecommendationFilters;
  /** The source's name when the filters name one. */
  readonly sourceName?: string | undefined;
  readonly organisation: string;
  readonly generatedAt: string;
}

export function countsOf(items: readonly RecommendationView[]): StatusCounts {
  const counts = zeroCounts();
  for (const r of items) counts[r.status]++;
  return counts;
}

/** The filters as "label: value" lines; one line saying there were none otherwise. */
export function filterLines(x: ReportInput, l: ReportTexts): string[] {
  const f = x.filters;
  const lines: string[] = [];
  if (f.country) lines.push(`${l.t('report.filters.country')}: ${f.country}`);
  if (f.theme) lines.push(`${l.t('report.filters.theme')}: ${l.t(`theme.${f.theme}`)}`);
  if (f.status) lines.push(`${l.t('report.filters.status')}: ${l.t(`status.${f.status}`)}`);
  if (f.sourceId) lines.push(`${l.t('report.filters.source')}: ${x.sourceName ?? f.sourceId}`);
  if (f.deadlineBefore) lines.push(`${l.t('report.filters.deadlineBefore')}: ${l.date(f.deadlineBefore)}`);
  if (f.q) lines.push(`${l.t('report.filters.q')}: ${f.q}`);
  return lines.length ? lines : [l.t('report.filters.none')];
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const MARGIN = 56;

export function renderReportPdf(x: ReportInput, language: string): Promise<Buffer> {
  const l = reportTexts(language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: REPORT_FONTS.body,
    lang: l.language,
    displayTitle: true,
    info: { Title: l.t('report.title'), Producer: 'Haven', Creator: 'Haven', CreationDate: new Date(x.generatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const keep = (room: number) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - room) doc.addPage();
  };
  const line = (text: string, options: { muted?: boolean; bold?: boolean; size?: number; indent?: number } = {}) => {
    doc
      .font(options.bold ? REPORT_FONTS.bold : REPORT_FONTS.body)
      .fontSize(options.size ?? (options.muted ? 8.5 : 10))
      .fillColor(options.muted ? MUTED : INK)
      .text(text, MARGIN + (options.indent ?? 0), doc.y, { width: width - (options.indent ?? 0) });
  };
  const field = (label: string, value: string) => {
    if (!value) return;
    doc.font(REPORT_FONTS.bold).fontSize(10).fillColor(INK).text(`${label}: `, MARGIN, doc.y, { continued: true, width });
    doc.font(REPORT_FONTS.body).text(value);
  };
  const heading = (text: string, size: number) => {
    keep(80);
    doc.moveDown(0.8);
    line(text, { bold: true, size });
    doc.moveDown(0.2);
  };

  line(l.t('report.title'), { bold: true, size: 20 });
  doc.moveDown(0.3);
  line(l.t('report.intro', { organisation: x.organisation, date: l.date(x.generatedAt.slice(0, 10)) }));
  heading(l.t('report.filtersHeading'), 13);
  for (const f of filterLines(x, l)) line(f);

  heading(l.t('report.summaryHeading'), 13);
  const counts = countsOf(x.items);
  const col = MARGIN + width * 0.6;
  const row = (label: string, value: string, bold = false) => {
    keep(20);
    const y = doc.y;
    doc
      .font(bold ? REPORT_FONTS.bold : REPORT_FONTS.body)
      .fontSize(10)
      .fillColor(INK);
    doc.text(label, MARGIN + 4, y, { width: width * 0.6 - 8 });
    const after = doc.y;
    doc.text(value, col, y, { width: width * 0.4 - 4, align: 'right' });
    doc.y = Math.max(after, doc.y) + 3;
    doc
      .moveTo(MARGIN, doc.y - 1.5)
      .lineTo(MARGIN + width, doc.y - 1.5)
      .lineWidth(0.4)
      .strokeColor('#bbbbbb')
      .stroke();
  };
  row(l.t('report.columns.status'), l.t('report.columns.count'), true);
  for (const s of STATUSES) row(l.t(`status.${s}`), String(counts[s]));
  row(l.t('report.total'), String(x.items.length), true);
  if (x.matched > x.items.length) line(l.t('report.cut', { shown: x.items.length, matched: x.matched }), { muted: true });

  heading(l.t('report.recommendationsHeading'), 13);
  if (x.items.length === 0) line(l.t('report.none'), { muted: true });
  for (const r of x.items) {
    heading(r.reference ? `${r.source.name} · ${r.reference}` : r.source.name, 11);
    line(r.text);
    doc.moveDown(0.3);
    field(l.t('report.columns.country'), r.country);
    field(l.t('report.columns.themes'), r.themes.map((th) => l.t(`theme.${th}`)).join(', '));
    field(l.t('report.columns.authority'), r.responsibleAuthority);
    field(l.t('report.columns.deadline'), r.deadline ? `${l.date(r.deadline)}${r.overdue ? ` (${l.t('report.overdue')})` : ''}` : '');
    field(l.t('report.columns.status'), `${l.t(`status.${r.status}`)} (${l.t('report.since', { date: l.date(r.statusSince) })})`);
    field(l.t('report.columns.organisation'), r.orgName);
    doc.moveDown(0.2);
    line(l.t('report.history'), { bold: true });
    if (r.history.length === 0) line(l.t('report.noChanges'), { muted: true, indent: 12 });
    for (const h of r.history) {
      keep(30);
      line(`${l.date(h.date)}: ${l.t(`status.${h.previous}`)} → ${l.t(`status.${h.status}`)}`, { indent: 12 });
      if (h.evidence) line(h.evidence, { indent: 24 });
      if (h.documents.length) line(`${l.t('report.documents')}: ${h.documents.map((d) => d.name).join(', ')}`, { muted: true, indent: 24 });
      line(l.t('report.recordedBy', { name: h.recordedBy || '—' }), { muted: true, indent: 24 });
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REPORT_FONTS.body)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${x.organisation} · ${l.t('report.page', { page: i + 1, pages: range.count })}`, MARGIN, doc.page.height - bottom + 18, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

// Characters XML 1.0 cannot hold (the worksheet is XML): dropped from texts.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const head = (value: string): Cell => ({ value: value.replace(NOT_XML, ''), type: String, fontWeight: 'bold' });
const cell = (value: string | null | undefined): Cell => (value ? { value: value.replace(NOT_XML, ''), type: String } : null);
const sheetName = (name: string) =>
  name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(NOT_XML, '')
    .trim()
    .slice(0, 31) || 'Sheet';

export async function renderReportXlsx(x: ReportInput, language: string): Promise<Buffer> {
  const l = reportTexts(language);
  const c = (key: string) => l.t(`report.columns.${key}`);
  const recs: SheetData = [
    ['id', 'organisation', 'source', 'reference', 'country', 'themes', 'text', 'authority', 'issuedOn', 'deadline', 'status', 'statusSince', 'overdue'].map(
      (k) => head(c(k)),
    ),
  ];
  for (const r of x.items)
    recs.push([
      cell(r.id),
      cell(r.orgName),
      cell(r.source.name),
      cell(r.reference),
      cell(r.country),
      cell(r.themes.map((th) => l.t(`theme.${th}`)).join(', ')),
      cell(r.text),
      cell(r.responsibleAuthority),
      cell(r.issuedOn),
      cell(r.deadline),
      cell(l.t(`status.${r.status}`)),
      cell(r.statusSince),
      cell(r.overdue ? l.t('report.yes') : l.t('report.no')),
    ]);
  const changes: SheetData = [
    ['id', 'source', 'reference', 'country', 'date', 'previous', 'status', 'evidence', 'documents', 'recordedBy', 'recordedAt'].map((k) => head(c(k))),
  ];
  for (const r of x.items)
    for (const h of r.history)
      changes.push([
        cell(r.id),
        cell(r.source.name),
        cell(r.reference),
        cell(r.country),
        cell(h.date),
        cell(l.t(`status.${h.previous}`)),
        cell(l.t(`status.${h.status}`)),
        cell(h.evidence),
        cell(h.documents.map((d) => d.name).join(', ')),
        cell(h.recordedBy),
        cell(h.recordedAt),
      ]);
  return writeXlsxFile([
    { data: recs, sheet: sheetName(l.t('report.sheets.recommendations')), stickyRowsCount: 1 },
    { data: changes, sheet: sheetName(l.t('report.sheets.changes')), stickyRowsCount: 1 },
  ]).toBuffer();
}
