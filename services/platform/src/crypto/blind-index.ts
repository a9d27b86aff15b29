import { createHmac } from 'node:crypto';

export interface BlindIndexOptions {
  /** 32 bytes (config BLIND_INDEX_KEY); never the key-encryption key. */
  key: Buffer;
}

/** A value a blind index can be computed over; null/undefined/blank yield no token. */
export type IndexableValue = string | number | Date | null | undefined;

const ISO_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[t ]\d.*)?$/;

/**
 * The form two values must share to count as equal: Unicode NFC, trimmed, inner whitespace
 * collapsed, lower-cased. Dates (Date objects or ISO strings) become their calendar date
 * YYYY-MM-DD; a Date is read in UTC, which is how date-only values are stored.
 * Returns undefined for a missing or blank value.
 */
export function normaliseForIndex(value: IndexableValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('cannot index an invalid Date');
    return value.toISOString().slice(0, 10);
  }
  const text = String(value).normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
  if (text.length === 0) return undefined;
  const date = ISO_DATE_PREFIX.exec(text);
  return date ? date[1] : text;
}

/**
 * Keyed blind indexes for equality lookups on encrypted fields (duplicate check, email search):
 * HMAC-SHA256 over tenant, field and normalised value, base64url. Without the key a token reveals
 * nothing and cannot be brute-forced offline; the tenant in the input makes tokens of two tenants
 * differ, so they cannot be correlated.
 *
 * Tokens are stored on the subject's own documents (e.g. `emailIndex` next to the encrypted
 * `email`), so deleting or reducing those documents removes them as well; a service that keeps a
 * token elsewhere must erase it with the subject.
 */
export class BlindIndex {
  private readonly key: Buffer;

  constructor({ key }: BlindIndexOptions) {
    if (!Buffer.isBuffer(key) || key.length !== 32) throw new TypeError('the blind index key must be a 32-byte Buffer');
    this.key = Buffer.from(key);
  }

  /** The token of one field's value, or null when the value is missing or blank (never index blanks). */
  compute(tenantId: string, field: string, value: IndexableValue): string | null {
    requireName('tenantId', tenantId);
    requireName('field', field);
    const normalised = normaliseForIndex(value);
    if (normalised === undefined) return null;
    return this.mac(['lethe-bidx', 'v1', tenantId, field, normalised]);
  }

  /**
   * The token of a combination, e.g. salutation + first name + date of birth for the duplicate
   * check. Null when any part is missing: an incomplete combination must not match anything.
   */
  computeComposite(tenantId: string, name: string, values: readonly IndexableValue[]): string | null {
    requireName('tenantId', tenantId);
    requireName('name', name);
    if (values.length === 0) throw new TypeError('a composite blind index needs at least one value');
    const parts: string[] = [];
    for (const value of values) {
      const normalised = normaliseForIndex(value);
      if (normalised === undefined) return null;
      parts.push(normalised);
    }
    return this.mac(['lethe-bidx-composite', 'v1', tenantId, name, ...parts]);
  }

  // JSON framing keeps the parts unambiguous ("a|b" + "c" never equals "a" + "b|c").
  private mac(parts: string[]): string {
    return createHmac('sha256', this.key).update(JSON.stringify(parts), 'utf8').digest('base64url');
  }
}

function requireName(name: string, value: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string`);
}
