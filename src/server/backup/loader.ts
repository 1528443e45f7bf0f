import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableInfo } from './catalog.js';
import { BackupError, damaged } from './errors.js';
import { FileWriter } from './files.js';
import { Frame, type ReadFrame, countRows, frameJson } from './format.js';

/**
 * Applies the frames of a backup's (already authenticated) payload inside the
 * restore transaction: table rows through COPY FROM STDIN, sequences through
 * setval, stored files into a staging folder. Every count is checked against
 * the totals the backup declares.
 */

type CopyStream = ReturnType<typeof copyFrom>;

interface TableState {
  readonly name: string;
  readonly copy: CopyStream | undefined; // undefined: rows are read but not loaded (schema_migrations)
  readonly triggers: string[];
  rows: number;
  error?: Error;
}

const PROGRESS_EVERY_MS = 1000;

function waitFor(stream: CopyStream, state: TableState, event: 'drain' | 'finish'): Promise<void> {
  if (state.error) return Promise.reject(state.error);
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      stream.off(event, ok);
      stream.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    stream.on(event, ok);
    stream.on('error', done);
  });
}

/** A database error while loading rows means the rows do not fit this database. */
function loadError(table: string, err: unknown): Error {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^(22|23|42)/.test(code)) {
    return new BackupError('incompatible', `The rows of table "${table}" do not fit this database: ${(err as Error).message}`);
  }
  return err as Error;
}

export class PayloadLoader {
  readonly tables: Record<string, number> = {};
  files = 0;
  sequences = 0;
  masterKey: Buffer | undefined;
  ended = false;
  private table: TableState | undefined;
  private file: FileWriter | undefined;
  private reported = 0;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly catalog: Map<string, TableInfo>,
    private readonly stageDir: string,
    private readonly onProgress?: (p: { table: string; rows: number }) => void,
  ) {}

  async apply(f: ReadFrame): Promise<void> {
    if (this.ended) throw damaged('data follows its end.');
    const open = this.table !== undefined || this.file !== undefined;
    const inner = f.type === Frame.data || f.type === Frame.tableEnd || f.type === Frame.fileEnd;
    const misplaced = (f.type === Frame.tableEnd && !this.table) || (f.type === Frame.fileEnd && !this.file);
    if (open !== inner || misplaced) throw damaged('its parts are out of order.');
    switch (f.type) {
      case Frame.masterKey:
        if (f.body.length !== 32 || this.masterKey) throw damaged('its master key is not valid.');
        this.masterKey = Buffer.from(f.body);
        return;
      case Frame.table:
        return this.startTable(frameJson<{ name?: unknown; columns?: unknown }>(f));
      case Frame.data:
        return this.data(f.body);
      case Frame.tableEnd:
        return this.endTable(frameJson<{ rows?: unknown }>(f).rows);
      case Frame.sequence:
        return this.sequence(frameJson<{ name?: unknown; value?: unknown; isCalled?: unknown }>(f));
      case Frame.file:
        this.file = await FileWriter.create(this.stageDir, String(frameJson<{ path?: unknown }>(f).path ?? ''));
        return;
      case Frame.fileEnd:
        await (this.file as FileWriter).finish(frameJson<{ size?: unknown; sha256?: unknown }>(f));
        this.file = undefined;
        this.files++;
        this.onProgress?.({ table: '(files)', rows: this.files });
        return;
      case Frame.end:
        return this.end(frameJson<{ tables?: Record<string, unknown>; sequences?: unknown; files?: unknown }>(f));
      default:
        throw damaged(`it has a part of unknown type ${f.type}.`);
    }
  }

  private async startTable(t: { name?: unknown; columns?: unknown }): Promise<void> {
    if (typeof t.name !== 'string' || !Array.isArray(t.columns) || !t.columns.every((c) => typeof c === 'string'))
      throw damaged('a table description is not valid.');
    const name = t.name;
    const columns = t.columns as string[];
    if (name in this.tables) throw damaged(`table "${name}" appears twice.`);
    if (name === 'schema_migrations') {
      this.table = { name, copy: undefined, triggers: [], rows: 0 };
      return;
    }
    const target = this.catalog.get(name);
    if (!target)
      throw new BackupError(
        'incompatible',
        `The backup has a table "${name}" that this database does not have. Restore it with the Haven version that made it.`,
      );
    const missing = columns.filter((c) => !target.columns.includes(c));
    if (missing.length > 0)
      throw new BackupError('incompatible', `Table "${name}" in the backup has columns this database does not have: ${missing.join(', ')}.`);
    const q = (s: string) => this.client.escapeIdentifier(s);
    // As with pg_dump, the rows are restored as they were: triggers that would compute or copy them again do not fire.
    for (const trigger of target.insertTriggers) await this.client.query(`ALTER TABLE public.${q(name)} DISABLE TRIGGER ${q(trigger)}`);
    const copy = this.client.query(copyFrom(`COPY public.${q(name)} (${columns.map(q).join(', ')}) FROM STDIN`));
    const state: TableState = { name, copy, triggers: target.insertTriggers, rows: 0 };
    copy.on('error', (err: Error) => {
      state.error ??= err;
    });
    this.table = state;
  }

  private async data(body: Buffer): Promise<void> {
    if (this.file) return this.file.write(body);
    const t = this.table as TableState;
    t.rows += countRows(body);
    if (this.onProgress && Date.now() - this.reported > PROGRESS_EVERY_MS) {
      this.reported = Date.now();
      this.onProgress({ table: t.name, rows: t.rows });
    }
    if (!t.copy) return;
    try {
      if (t.error) throw t.error;
      if (!t.copy.write(body)) await waitFor(t.copy, t, 'drain');
    } catch (err) {
      throw loadError(t.name, err);
    }
  }

  private async endTable(rows: unknown): Promise<void> {
    const t = this.table as TableState;
    if (t.copy) {
      try {
        const finished = waitFor(t.copy, t, 'finish');
        t.copy.end();
        await finished;
      } catch (err) {
        throw loadError(t.name, err);
      }
      const q = (s: string) => this.client.escapeIdentifier(s);
      for (const trigger of t.triggers) await this.client.query(`ALTER TABLE public.${q(t.name)} ENABLE TRIGGER ${q(trigger)}`);
    }
    if (rows !== t.rows || (t.copy && t.copy.rowCount !== t.rows)) throw damaged(`table "${t.name}" does not have the number of rows it declares.`);
    this.tables[t.name] = t.rows;
    this.table = undefined;
    this.onProgress?.({ table: t.name, rows: t.rows });
  }

  private async sequence(s: { name?: unknown; value?: unknown; isCalled?: unknown }): Promise<void> {
    if (typeof s.name !== 'string' || typeof s.value !== 'string' || !/^-?\d{1,19}$/.test(s.value) || typeof s.isCalled !== 'boolean')
      throw damaged('a sequence is not valid.');
    const found = await this.client.query<{ seq: string | null }>("SELECT to_regclass(format('public.%I', $1::text))::text AS seq", [s.name]);
    if (!found.rows[0]?.seq) throw new BackupError('incompatible', `The backup has a sequence "${s.name}" that this database does not have.`);
    await this.client.query("SELECT setval(format('public.%I', $1::text)::regclass, $2::bigint, $3)", [s.name, s.value, s.isCalled]);
    this.sequences++;
  }

  private end(e: { tables?: Record<string, unknown>; sequences?: unknown; files?: unknown }): void {
    const declared = e.tables ?? {};
    const same = Object.keys(declared).length === Object.keys(this.tables).length && Object.entries(declared).every(([k, v]) => this.tables[k] === v);
    if (!same || e.files !== this.files || e.sequences !== this.sequences) throw damaged('its contents do not match its totals.');
    if (!this.masterKey) throw damaged('it has no master key.');
    this.ended = true;
  }

  /**
   * After a failure: stop a COPY in progress (the server is told it failed, so
   * the connection can roll back) and close an open file. False when the
   * connection may still be inside the COPY and must be closed instead.
   */
  async abort(): Promise<boolean> {
    await this.file?.abandon();
    this.file = undefined;
    const copy = this.table?.copy;
    this.table = undefined;
    if (!copy || copy.writableFinished || copy.closed) return true;
    const closed = new Promise<boolean>((resolve) => copy.once('close', () => resolve(true)));
    copy.on('error', () => undefined);
    copy.destroy(new Error('restore abandoned'));
    return Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000).unref())]);
  }
}
