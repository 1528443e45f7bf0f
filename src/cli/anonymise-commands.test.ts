import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { type Run, runHaven } from './testing.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkK } from '../core/data/anonymise/check-k.js';
import { CTDC_COLUMNS, QUASI_IDENTIFIERS } from '../core/data/anonymise/ctdc.js';
import { HTCDS_INPUT_COLUMNS } from '../core/data/anonymise/htcds-input.js';
import { type SignedInUser, setUp } from '../server/testing/client.js';
import { startTestPlatform, type TestPlatform } from '../server/testing/harness.js';

/** `haven anonymise` as a real process: from a CSV in the HTCDS layout, and from a running instance's cases. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-anonymise-'));

function haven(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runHaven(args, env);
}

/** A small seeded generator, so that the file is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Cases in the HTCDS layout, skewed as real data is: a few nationalities, a few destinations. */
function htcdsCsv(rows: number, seed = 1): string {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const skewed = <T>(xs: readonly T[]) => xs[Math.floor(r() ** 2 * xs.length)] as T;
  const data = Array.from({ length: rows }, () => {
    const year = 2018 + Math.floor(r() * 6);
    const born = 1960 + Math.floor(r() * 50);
    return {
      cas_OpenedOn: `${year}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      prs_Gender: skewed(['Feminine', 'Masculine', 'Female', 'NonConforming', '']),
      prs_Birthdate: r() < 0.9 ? `${Math.min(born, year - 1)}-0${1 + Math.floor(r() * 9)}-0${1 + Math.floor(r() * 9)}` : '',
      prs_Nationality: skewed(['UA', 'NGA', 'RO', 'VN', 'AL', 'SY', 'BR', 'PHL']),
      hte_ExploitationCountry: skewed(['GR', 'GRC', 'IT', 'DE', 'TUR', 'CY']),
      hte_FirstDate: `${year - 1}-03-01`,
      hte_LastDate: `${year}-0${1 + Math.floor(r() * 8)}-01`,
      vic_TypeOfExploitation: pick(['ForcedLabour', 'SexualExploitation', 'ForcedLabour;SexualExploitation', 'forced-marriage', '']),
      vic_TypeOfLabourExploitation: pick(['', 'Agriculture', 'Begging', 'DomesticWork;Hospitality']),
      vic_ForcedLabourIndustry: pick(['', 'F_Construction', 'C_Manufacturing']),
      vic_TypeOfSexExploitation: pick(['', 'Prostitution', 'Pornography;Prostitution']),
      vic_MethodsOfControl: pick(['', 'DebtBondage', 'Threats;WithholdsDocuments', 'PhysicalAbuse;FalsePromises']),
      vic_MethodOfRecruitment: pick([
        '',
        'Intimate partner/marriage proposition',
        'Job offer/advertisement;Internet (social media, online advertisement)',
        'Abduction',
      ]),
      RelationshipToTrafficker: pick(['', 'Familial', 'Acquainted', 'Unaquainted']),
      prs_FirstName: 'Olena', // an HTCDS export holds names; the command ignores them
    };
  });
  return Papa.unparse(data, { columns: [...HTCDS_INPUT_COLUMNS, 'prs_FirstName'] });
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function readCsv(file: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('haven anonymise --in', () => {
  it('writes a k-anonymous CTDC file from an HTCDS CSV and reports levels and suppression', async () => {
    const input = write('cases.csv', htcdsCsv(600));
    const out = path.join(dir, 'ctdc.csv');
    const r = await haven(['anonymise', '--k', '11', '--in', input, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      records: number;
      kept: number;
      suppressed: number;
      levels: Record<string, number>;
      check: { ok: boolean };
      suppression: { reason: string };
    };
    expect(report.records).toBe(600);
    expect(report.kept + report.suppressed).toBe(600);
    expect(report.check.ok).toBe(true);
    expect(report.suppression.reason).toBe('class-smaller-than-k');

    const { fields, rows } = readCsv(out);
    expect(fields).toEqual([...CTDC_COLUMNS]);
    expect(rows).toHaveLength(report.kept);
    const check = checkK(rows, QUASI_IDENTIFIERS, 11);
    expect(check.ok, JSON.stringify(check.violations)).toBe(true);
    expect(check.smallestClass).toBeGreaterThanOrEqual(11);
    expect(fs.readFileSync(out, 'utf8')).not.toContain('Olena');

    // The text report: levels and why records were suppressed, no values of a case.
    const text = await haven(['anonymise', '--k', '5', '--in', input, '--out', path.join(dir, 'ctdc5.csv')]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Generalised:\n {2}gender +level 0: as recorded\n {2}ageBroad +level \d: /);
    expect(text.stdout).toMatch(/Suppressed: \d+ cases .* shared by fewer than 5 cases after generalisation/);
    expect(text.stdout).toMatch(/Check on the file read back: every combination occurs at least 5 times/);
    expect(text.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(checkK(readCsv(path.join(dir, 'ctdc5.csv')).rows, QUASI_IDENTIFIERS, 5).ok).toBe(true);
  });

  it('refuses bad options and bad input with exit code 2, naming the line and the field, and writes nothing', async () => {
    const good = write('good.csv', htcdsCsv(20));
    const out = path.join(dir, 'refused.csv');
    const bad = write('bad.csv', 'cas_OpenedOn,prs_Gender,prs_Nationality\n2024-01-02,Feminine,UA\n2024-13-02,Robot,ZZ\n');
    for (const [args, message] of [
      [['anonymise', '--k', '1', '--in', good, '--out', out], /--k must be a whole number from 2/],
      [['anonymise', '--k', 'eleven', '--in', good, '--out', out], /--k must be a whole number/],
      [['anonymise', '--in', good], /give --out FILE/],
      [['anonymise', '--in', good, '--out', out, '--max-suppression', '1.5'], /--max-suppression must be a number from 0 to 1/],
      [['anonymise', '--in', path.join(dir, 'missing.csv'), '--out', out], /cannot read/],
      [['anonymise', '--in', write('noheader.csv', 'gender,age\nF,30\n'), '--out', out], /no cas_OpenedOn column/],
      [
        ['anonymise', '--in', bad, '--out', out],
        /line 3: cas_OpenedOn: must be a date YYYY-MM-DD[\s\S]*line 3: prs_Gender: unknown value "Robot"[\s\S]*line 3: prs_Nationality: not an ISO 3166-1 country code: "ZZ"/,
      ],
    ] as const) {
      const r = await haven([...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('haven anonymise from the instance', () => {
  let p: TestPlatform;
  let admin: SignedInUser;

  beforeAll(async () => {
    p = await startTestPlatform({ env: { HAVEN_RETENTION: 'off' } });
    admin = await setUp(p.url);
  }, 120_000);

  afterAll(async () => {
    await p?.close();
  });

  it("reads every organisation's cases with their persons, writes a k-anonymous file and audits the export", async () => {
    const r = seeded(3);
    const c = await p.db.owner.connect();
    try {
      for (let i = 0; i < 60; i++) {
        const person = randomUUID();
        const year = 2021 + Math.floor(r() * 3);
        await c.query('INSERT INTO persons (id, org_id, birth_date, gender, citizenships) VALUES ($1, $2, $3, $4, $5)', [
          person,
          admin.orgId,
          `${1980 + Math.floor(r() * 25)}-05-0${1 + Math.floor(r() * 9)}`,
          r() < 0.7 ? 'feminine' : 'masculine',
          [r() < 0.8 ? 'UKR' : 'NGA'],
        ]);
        await c.query(
          `INSERT INTO cases (id, org_id, person_id, number, opened_on, exploitation_forms, control_methods, events)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            randomUUID(),
            admin.orgId,
            person,
            i + 1,
            `${year}-02-1${Math.floor(r() * 9)}`,
            [r() < 0.5 ? 'sexual-exploitation' : 'forced-labour'],
            r() < 0.5 ? ['debt-bondage'] : [],
            JSON.stringify([{ stage: 'exploitation', country: r() < 0.8 ? 'GRC' : 'ITA', from: `${year - 1}-01-01`, to: `${year}-01-01` }]),
          ],
        );
      }
    } finally {
      c.release();
    }
    const out = path.join(dir, 'instance.csv');
    const run = await haven(['anonymise', '--k', '11', '--out', out], { HAVEN_DATA_DIR: p.dataDir, DATABASE_URL: p.databaseUrl });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Wrote .*instance\.csv: \d+ of 60 cases, k = 11/);
    const { rows } = readCsv(out);
    expect(rows.length).toBeGreaterThan(0);
    expect(checkK(rows, QUASI_IDENTIFIERS, 11).ok).toBe(true);
    const audit = await p.db.owner.query<{ org_id: string; actor_email: string; record_id: string }>(
      "SELECT org_id, actor_email, record_id FROM audit_log WHERE action = 'cli.anonymise'",
    );
    expect(audit.rows).toEqual([{ org_id: admin.orgId, actor_email: 'cli', record_id: 'k=11' }]);
  }, 120_000);
});
