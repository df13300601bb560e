import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Database } from './types.js';
import { createSeedDatabase } from './seed.js';
import { writeFileAtomic } from './atomic-file.js';

export const DB_FILE = 'db.json';
export const SECRET_FILE = 'secret.key';

export class StoreError extends Error {
  override name = 'StoreError';
  readonly status = 503;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What /health reports about the store, read from disk so a broken file shows up. */
export type StoreHealth =
  | { ok: true; customers: number; workOrders: number; invoices: number; users: number }
  | { ok: false; error: string };

/**
 * The demo's database: one JSON file, held in memory, written atomically after every change.
 * Changes are applied to a copy first, so a failed write leaves memory and disk in agreement.
 */
export class JsonStore {
  private db: Database;

  private constructor(
    readonly dataDir: string,
    db: Database,
  ) {
    this.db = db;
  }

  /** Opens the store in `dataDir`, seeding it when there is no database yet. */
  static open(dataDir: string): JsonStore {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, DB_FILE);
    if (!existsSync(file)) {
      const seeded = createSeedDatabase();
      writeFileAtomic(file, JSON.stringify(seeded, null, 2));
      return new JsonStore(dataDir, seeded);
    }
    return new JsonStore(dataDir, readDatabase(file));
  }

  get file(): string {
    return join(this.dataDir, DB_FILE);
  }

  /** The current data. Treat as read-only; change it through {@link mutate}. */
  get data(): Readonly<Database> {
    return this.db;
  }

  /** Applies `change` to a copy, persists it, then makes it current. Returns what `change` returned. */
  mutate<T>(change: (db: Database) => T): T {
    const next = structuredClone(this.db);
    const result = change(next);
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    this.db = next;
    return result;
  }

  /** Puts the seed data back. */
  reset(): void {
    const seeded = createSeedDatabase();
    writeFileAtomic(this.file, JSON.stringify(seeded, null, 2));
    this.db = seeded;
  }

  /** Reads the file from disk (not memory) and counts what it holds. */
  health(): StoreHealth {
    try {
      const db = readDatabase(this.file);
      return { ok: true, customers: db.customers.length, workOrders: db.workOrders.length, invoices: db.invoices.length, users: db.users.length };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }
}

function readDatabase(file: string): Database {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StoreError(`The demo store ${file} cannot be read (${(err as Error).message}). Run \`npm run demo:reset\` to re-seed it.`, { cause: err });
  }
  const db = parsed as Partial<Database> | null;
  if (!db || db.version !== 1 || !Array.isArray(db.customers) || !Array.isArray(db.workOrders) || !Array.isArray(db.invoices) || !Array.isArray(db.users)) {
    throw new StoreError(`The demo store ${file} is not a version 1 database. Run \`npm run demo:reset\` to re-seed it.`);
  }
  return db as Database;
}

/** The HMAC key for tokens and sessions, kept in the data dir so sessions survive a restart. */
export function loadOrCreateSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, SECRET_FILE);
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
  }
  const secret = randomBytes(32);
  writeFileAtomic(file, secret.toString('hex'));
  return secret;
}

/**
 * Deletes the files the demo keeps in `dataDir` (data, switches, secret), and nothing else:
 * the directory may be one the user pointed at by mistake.
 */
export function wipeDataDir(dataDir: string, extraFiles: readonly string[] = []): void {
  for (const name of [DB_FILE, SECRET_FILE, ...extraFiles]) rmSync(join(dataDir, name), { force: true });
  mkdirSync(dataDir, { recursive: true });
}
