import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { ENTRY_KINDS } from '../../core/cases/entries.js';
import type { TimelineEvent } from '../../core/cases/views.js';
import { type Directory, entryLines, formatValue } from './export-fields.js';
import type { ExportedCase, ExportedPerson, PersonExport } from './export-data.js';
import { type Labels, labelsFor } from './labels.js';

/**
 * The person export as a readable report (PDF), in the reader's language. The text is set in DejaVu
 * Sans, embedded (subset) from the `dejavu-fonts-ttf` package, which covers the Latin, Greek and
 * Cyrillic letters names are written in; nothing is fetched at run time.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const REPORT_FONTS = { body: path.join(FONT_DIR, 'DejaVuSans.ttf'), bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf') };

const INK = '#1a1a1a';
const MUTED = '#555555';
const MARGIN = 56;

type Doc = PDFKit.PDFDocument;

class Report {
  constructor(
    readonly doc: Doc,
    readonly l: Labels,
    readonly dir: Directory,
  ) {}

  /** Starts a new page when less than `room` points are left (no heading alone at a page's foot). */
  private keep(room: number): void {
    if (this.doc.y > this.doc.page.height - this.doc.page.margins.bottom - room) this.doc.addPage();
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 17 : level === 2 ? 13.5 : 11;
    this.keep(level === 3 ? 48 : 80);
    this.doc.moveDown(level === 3 ? 0.6 : 1);
    this.doc.font(REPORT_FONTS.bold).fontSize(size).fillColor(INK).text(text);
    if (level === 1) {
      const y = this.doc.y + 2;
      this.doc
        .moveTo(MARGIN, y)
        .lineTo(this.doc.page.width - MARGIN, y)
        .lineWidth(0.6)
        .strokeColor('#999999')
        .stroke();
      this.doc.moveDown(0.5);
    } else this.doc.moveDown(0.2);
  }

  /** A label and its value on one line; nothing when the value is empty. */
  field(label: string, value: string): void {
    if (!value) return;
    this.doc.font(REPORT_FONTS.bold).fontSize(10).fillColor(INK).text(`${label}: `, { continued: true });
    this.doc.font(REPORT_FONTS.body).text(value);
  }

  line(text: string, options: { muted?: boolean; indent?: number } = {}): void {
    this.doc
      .font(REPORT_FONTS.body)
      .fontSize(options.muted ? 8.5 : 10)
      .fillColor(options.muted ? MUTED : INK)
      .text(text, { indent: options.indent ?? 0 });
    this.doc.fillColor(INK);
  }

  none(): void {
    this.line(this.l.t('none'), { muted: true });
  }

  gap(): void {
    this.doc.moveDown(0.4);
  }
}

function personSection(r: Report, p: ExportedPerson): void {
  const { l } = r;
  r.heading(1, l.t('sections.person'));
  r.heading(3, l.t('sections.names'));
  for (const n of p.names) r.line(`${`${n.given} ${n.family}`.trim()} (${l.code('name-kind', n.kind)})`);
  r.gap();
  r.field(l.t('fields.birthDate'), p.birthDate ? l.date(p.birthDate) : '');
  if (p.estimatedAge) r.field(l.t('fields.estimatedAge'), l.t('estimatedAgeValue', { years: p.estimatedAge.years, date: l.date(p.estimatedAge.estimatedOn) }));
  r.field(l.t('fields.age'), p.age === null ? '' : l.number(p.age));
  r.field(l.t('fields.gender'), p.gender ? l.code('gender', p.gender) : '');
  r.field(l.t('fields.citizenships'), (p.citizenships ?? []).join(', '));
  r.field(l.t('fields.languages'), (p.languages ?? []).map((x) => l.languageName(x)).join(', '));
  r.field(l.t('fields.vulnerabilities'), (p.vulnerabilities ?? []).map((v) => l.code('vulnerability', v)).join(', '));

  const c = p.contact;
  r.heading(3, l.t('sections.contact'));
  const contactLines = [
    ...(c?.phones ?? []).map((x) => [l.t('fields.phone'), x.note ? `${x.number} (${x.note})` : x.number]),
    ...(c?.emails ?? []).map((x) => [l.t('fields.email'), x]),
    ...(c?.addresses ?? []).map((a) => [
      l.t('fields.address'),
      [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country, a.note].filter(Boolean).join(', '),
    ]),
    ...(c?.messaging ?? []).map((m) => [l.code('messaging-app', m.app), m.handle]),
  ] as [string, string][];
  if (contactLines.length === 0) r.none();
  for (const [label, value] of contactLines) r.field(label, value);

  r.heading(3, l.t('sections.identityDocuments'));
  if (!p.documents?.length) r.none();
  for (const d of p.documents ?? []) {
    r.line(l.code('identity-document-type', d.type));
    r.field(l.t('fields.number'), d.number ?? '');
    r.field(l.t('fields.issuingCountry'), d.issuingCountry ?? '');
    r.field(l.t('fields.expiresOn'), d.expiresOn ? l.date(d.expiresOn) : '');
    r.field(l.t('fields.heldBySomeoneElse'), d.heldBySomeoneElse ? l.t('yes') : l.t('no'));
    r.gap();
  }

  if (p.guardian) {
    r.heading(3, l.t('sections.guardian'));
    r.field(l.t('fields.name'), p.guardian.name);
    r.field(l.t('fields.organisation'), p.guardian.organisation ?? '');
    r.field(l.t('fields.contact'), p.guardian.contact ?? '');
    r.field(l.t('fields.appointedOn'), l.date(p.guardian.appointedOn));
  }
}

function situation(r: Report, k: ExportedCase): void {
  const { l, dir } = r;
  const codes = (list: Parameters<Labels['code']>[0], ids: readonly string[] | undefined) => (ids ?? []).map((id) => l.code(list, id)).join(', ');
  r.heading(3, l.t('sections.situation'));
  r.field(l.t('fields.status'), l.code('case-status', k.status));
  r.field(l.t('fields.openedOn'), l.date(k.openedOn));
  r.field(l.t('fields.closedAt'), k.closedAt ? l.instant(k.closedAt) : '');
  r.field(l.t('fields.caseworker'), k.caseworkerId ? (dir.users.get(k.caseworkerId) ?? k.caseworkerId) : '');
  r.field(l.t('fields.team'), (k.teamIds ?? []).map((id) => dir.users.get(id) ?? id).join(', '));
  if (k.restrictedTo) r.field(l.t('fields.restrictedTo'), k.restrictedTo.map((id) => dir.users.get(id) ?? id).join(', ') || l.t('none'));
  const ts = k.traffickingStatus;
  if (ts) {
    r.field(l.t('fields.traffickingStatus'), l.code('trafficking-status', ts.status));
    r.field(l.t('fields.decidedBy'), ts.decidedBy ?? '');
    r.field(l.t('fields.decidedOn'), ts.decidedOn ? l.date(ts.decidedOn) : '');
  }
  r.field(l.t('fields.exploitationForms'), codes('exploitation-form', k.exploitationForms));
  r.field(l.t('fields.labourSectors'), codes('labour-sector', k.labourSectors));
  r.field(l.t('fields.sexualExploitationTypes'), codes('sexual-exploitation-type', k.sexualExploitationTypes));
  r.field(l.t('fields.controlMethods'), codes('control-method', k.controlMethods));
  r.field(l.t('fields.recruitmentMethods'), codes('recruitment-method', k.recruitmentMethods));
  r.field(l.t('fields.relationshipToTrafficker'), k.relationshipToTrafficker ? l.code('relationship-to-trafficker', k.relationshipToTrafficker) : '');
  if (k.reflectionPeriod) r.field(l.t('fields.reflectionPeriod'), `${l.date(k.reflectionPeriod.startsOn)} – ${l.date(k.reflectionPeriod.endsOn)}`);
  for (const e of k.events ?? []) {
    const when = [e.from ? l.date(e.from) : '', e.to ? l.date(e.to) : ''].filter(Boolean).join(' – ');
    r.field(l.code('trafficking-stage', e.stage), [e.country, e.place, when].filter(Boolean).join(', '));
  }
  if (k.closure) {
    r.heading(3, l.t('sections.closure'));
    r.field(l.t('fields.reason'), l.code('closure-reason', k.closure.reason));
    r.field(l.t('fields.closedOn'), l.date(k.closure.closedOn));
    const to = k.closure.referredToOrganisationId;
    r.field(l.t('fields.referredTo'), to ? (dir.organisations.get(to) ?? to) : '');
    r.field(l.t('fields.note'), k.closure.note ?? '');
  }
}

/** Timeline events whose detail is a status change (from, to). */
const STATUS_EVENTS = new Set(['status-changed', 'closed', 'reopened']);
/** The label of a changed case field, where it differs from the field's name. */
const CHANGED_FIELDS: Readonly<Record<string, string>> = { caseworkerId: 'caseworker', teamIds: 'team' };

function timelineLine(l: Labels, dir: Directory, t: TimelineEvent): string {
  const key = `events.${t.event.replace('.', '-')}`;
  let what = l.t(key);
  if (what === key) what = t.event;
  const d = t.detail;
  const extra: string[] = [];
  if (t.entryKind) extra.push(l.t(`entryKinds.${t.entryKind}`));
  if (typeof d.from === 'string' && typeof d.to === 'string' && STATUS_EVENTS.has(t.event))
    extra.push(`${l.code('case-status', d.from)} → ${l.code('case-status', d.to)}`);
  if (typeof d.reason === 'string') extra.push(l.code('closure-reason', d.reason));
  if (Array.isArray(d.fields)) extra.push(d.fields.map((f) => l.t(`fields.${CHANGED_FIELDS[String(f)] ?? String(f)}`)).join(', '));
  if (t.event.startsWith('document.') && typeof d.category === 'string') extra.push(l.code('document-category', d.category));
  if (typeof d.withdrawnOn === 'string') extra.push(l.date(d.withdrawnOn));
  const who = t.actorName ?? (t.actorId ? (dir.users.get(t.actorId) ?? '') : '');
  return [l.instant(t.at), what + (extra.length ? `: ${extra.join('; ')}` : ''), who].filter(Boolean).join(' · ');
}

function caseSection(r: Report, k: ExportedCase): void {
  const { l, dir } = r;
  r.heading(2, l.t('sections.case', { number: k.number }));
  situation(r, k);
  for (const kind of ENTRY_KINDS) {
    r.heading(3, l.t(`sections.${kind.kind}`));
    const list = k.entries[kind.kind] ?? [];
    if (list.length === 0) r.none();
    for (const e of list) {
      for (const [label, value] of entryLines(l, dir, kind.kind, e.data)) r.field(label, value);
      const by = e.createdBy ? (dir.users.get(e.createdBy) ?? '') : '';
      r.line(l.t('recorded', { date: l.instant(e.createdAt), name: by || '—' }), { muted: true });
      r.gap();
    }
  }
  r.heading(3, l.t('sections.documents'));
  if (k.documents.length === 0) r.none();
  for (const d of k.documents) {
    r.line(d.name);
    r.field(l.t('fields.category'), l.code('document-category', d.category));
    r.field(l.t('fields.mediaType'), d.mediaType);
    r.field(l.t('fields.size'), l.t('kilobytes', { size: l.number(Math.max(1, Math.round(d.size / 1024))) }));
    r.field(l.t('fields.uploadedAt'), l.instant(d.uploadedAt));
    r.field(l.t('fields.uploadedBy'), formatValue(l, dir, { as: 'user' }, d.uploadedBy));
    r.gap();
  }
  r.heading(3, l.t('sections.timeline'));
  if (k.timeline.length === 0) r.none();
  for (const t of k.timeline) r.line(timelineLine(l, dir, t));
}

function footers(doc: Doc, l: Labels, x: PersonExport): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `${l.t('confidential')} · ${x.organisation.name} · ${l.t('page', { page: i + 1, pages: range.count })}`;
    doc
      .font(REPORT_FONTS.body)
      .fontSize(8)
      .fillColor(MUTED)
      .text(text, MARGIN, doc.page.height - bottom + 18, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The report of an export, as PDF bytes. */
export function renderPersonPdf(x: PersonExport, language: string): Promise<Buffer> {
  const l = labelsFor(language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: REPORT_FONTS.body,
    lang: l.language,
    displayTitle: true,
    info: { Title: l.t('title'), Producer: 'Haven', Creator: 'Haven', CreationDate: new Date(x.exportedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const dir: Directory = {
    users: new Map(x.directory.users.map((u) => [u.id, u.name])),
    organisations: new Map(x.directory.organisations.map((o) => [o.id, o.name])),
  };
  const r = new Report(doc, l, dir);

  doc.font(REPORT_FONTS.bold).fontSize(20).fillColor(INK).text(l.t('title'));
  doc.moveDown(0.3);
  r.line(l.t('intro', { organisation: x.organisation.name, date: l.instant(x.exportedAt) }));
  r.line(
    x.purpose === 'sharing'
      ? l.t('purpose.sharing', { organisation: x.sharing?.organisationName ?? x.sharing?.organisationId ?? '' })
      : l.t('purpose.subject-access'),
  );
  r.line(l.t('exportedBy', { name: x.exportedBy.name }), { muted: true });

  personSection(r, x.person);
  r.heading(1, l.t('sections.cases'));
  if (x.cases.length === 0) r.none();
  if (x.casesNotIncluded > 0) r.line(l.t('casesNotIncluded', { count: x.casesNotIncluded }), { muted: true });
  for (const k of x.cases) caseSection(r, k);

  footers(doc, l, x);
  doc.end();
  return done;
}
