import { validatePatch, type Preferences } from './schema.js';

/** The one localStorage key of the kit. The stored value carries its schema version. */
export const storageKey = 'gov-portal-kit:preferences';
export const storageVersion = 1;

interface Stored {
  version: number;
  values: unknown;
}

/**
 * Upgrades stored data one version at a time: `migrations[n]` turns the
 * values of version n into those of version n + 1. Version 1 is the first, so
 * the table is empty until the schema changes.
 */
export type Migrations = Readonly<Record<number, (values: Record<string, unknown>) => Record<string, unknown>>>;
export const migrations: Migrations = {};

const warn = (message: string): void => console.warn(`gov-portal-kit: ${message}`);

/** Returns the browser's localStorage, or null where merely touching it throws (sandboxed iframes, blocked cookies). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Parses a stored value into a valid patch. Corrupt JSON, a foreign shape, a
 * version from a newer kit or invalid entries are reported with one warning
 * and dropped, so the defaults stand in for them.
 */
export function parseStored(raw: string | null, currentVersion = storageVersion, table: Migrations = migrations): Partial<Preferences> {
  if (raw === null) return {};
  let stored: Stored;
  try {
    stored = JSON.parse(raw) as Stored;
  } catch {
    warn(`stored preferences are not valid JSON; using defaults.`);
    return {};
  }
  if (typeof stored !== 'object' || stored === null || !Number.isInteger(stored.version) || typeof stored.values !== 'object' || stored.values === null) {
    warn(`stored preferences have an unknown shape; using defaults.`);
    return {};
  }
  if (stored.version > currentVersion) {
    warn(`stored preferences are version ${stored.version}, newer than this kit (${currentVersion}); using defaults.`);
    return {};
  }
  let values = stored.values as Record<string, unknown>;
  for (let version = stored.version; version < currentVersion; version += 1) {
    const migrate = table[version];
    if (!migrate) {
      warn(`no migration from stored preferences version ${version}; using defaults.`);
      return {};
    }
    values = migrate(values);
  }
  const { patch, rejected } = validatePatch(values);
  if (rejected.length) warn(`ignored invalid stored preferences (${rejected.join(', ')}); their defaults apply.`);
  return patch;
}

/** Reads the stored preferences; storage that throws reads as nothing stored. */
export function readStored(storage: Storage | null): Partial<Preferences> {
  if (!storage) return {};
  try {
    return parseStored(storage.getItem(storageKey));
  } catch {
    return {};
  }
}

/**
 * Saves the preferences that differ from the defaults. Returns false when
 * storage is unavailable, full or throws; the store then keeps working in memory.
 */
export function writeStored(storage: Storage | null, values: Partial<Preferences>): boolean {
  if (!storage) return false;
  try {
    if (Object.keys(values).length === 0) storage.removeItem(storageKey);
    else storage.setItem(storageKey, JSON.stringify({ version: storageVersion, values }));
    return true;
  } catch {
    return false;
  }
}
