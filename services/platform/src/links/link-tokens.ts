import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Schema, type Connection, type FilterQuery, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo/connection';
import { ALL_TENANTS, defineTenantModel } from '../mongo/tenant-scope';
import type { RateLimiter } from '../redis/rate-limit';

/**
 * Signed links in messages (OWASP ASVS V3/V13): a link token is 256 random bits, base64url. Only its
 * SHA-256 is stored, bound to tenant, subject, purpose and an optional scope (e.g. a client id);
 * it expires and is single-use. With 256 random bits a plain hash suffices: nothing can be
 * guessed, and a stolen database gives no usable link. Nothing here logs a token or its hash.
 */

/** What a token is for, e.g. `consent` or `erasure-request`; a token of one purpose never opens another. */
export type LinkPurpose = string;

export interface LinkBinding {
  /** The link's id: not secret, safe to store on the record the link belongs to. */
  id: string;
  tenantId: string;
  subjectId: string;
  purpose: LinkPurpose;
  scope?: string;
  issuedAt: Date;
  expiresAt: Date;
  usedAt?: Date;
}

export type LinkRefusal = 'invalid' | 'expired' | 'used';

export type LinkCheck = { ok: true; link: LinkBinding } | { ok: false; reason: LinkRefusal };

/** A binding the caller expects; a token bound otherwise is `invalid` (and, on consume, not used up). */
export interface ExpectedBinding {
  tenantId?: string;
  subjectId?: string;
  scope?: string;
}

export interface IssueLink {
  tenantId: string;
  subjectId: string;
  purpose: LinkPurpose;
  scope?: string;
  ttlMs: number;
  now: Date;
}

export interface IssuedLink {
  /** The secret for the link; returned once, never stored. */
  token: string;
  expiresAt: Date;
  id: string;
}

interface LinkTokenDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  purpose: string;
  scope?: string;
  /** SHA-256 of the token, base64url. */
  hash: string;
  issuedAt: Date;
  expiresAt: Date;
  usedAt?: Date;
}

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const NAME_SHAPE = /^[a-z][a-z0-9-]{0,63}$/;
const MAX_TTL_MS = 366 * 24 * 60 * 60 * 1000;

/** SHA-256 of a well-formed token (base64url), or undefined for anything that cannot be a token. */
export function linkTokenHash(token: unknown): string | undefined {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return undefined;
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

function requireText(name: string, value: unknown, shape?: RegExp): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200 || (shape && !shape.test(value))) {
    throw new TypeError(`a link's ${name} must be a non-empty string${shape ? ` of the form ${shape.source}` : ''}`);
  }
}

function bindingOf(doc: LinkTokenDoc): LinkBinding {
  const binding: LinkBinding = { id: doc._id, tenantId: doc.tenantId, subjectId: doc.subjectId, purpose: doc.purpose, issuedAt: doc.issuedAt, expiresAt: doc.expiresAt };
  if (doc.scope !== undefined && doc.scope !== null) binding.scope = doc.scope;
  if (doc.usedAt) binding.usedAt = doc.usedAt;
  return binding;
}

function linkSchema(): Schema<LinkTokenDoc> {
  const schema = new Schema<LinkTokenDoc>(
    {
      _id: { type: String, required: true },
      tenantId: { type: String, required: true },
      subjectId: { type: String, required: true },
      purpose: { type: String, required: true },
      scope: { type: String },
      hash: { type: String, required: true },
      issuedAt: { type: Date, required: true },
      expiresAt: { type: Date, required: true },
      usedAt: { type: Date },
    },
    { versionKey: false },
  );
  schema.index({ hash: 1 }, { unique: true });
  schema.index({ tenantId: 1, subjectId: 1 });
  // Housekeeping deletes long-expired links by date (FerretDB has no TTL indexes).
  schema.index({ expiresAt: 1 });
  return schema;
}

/** A use of a link: its id is the link's id, so a second use of the same link cannot be inserted. */
interface LinkUseDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  usedAt: Date;
  expiresAt: Date;
}

function linkUseSchema(): Schema<LinkUseDoc> {
  const schema = new Schema<LinkUseDoc>(
    {
      _id: { type: String, required: true },
      tenantId: { type: String, required: true },
      subjectId: { type: String, required: true },
      usedAt: { type: Date, required: true },
      expiresAt: { type: Date, required: true },
    },
    { versionKey: false },
  );
  schema.index({ tenantId: 1, subjectId: 1 });
  schema.index({ expiresAt: 1 });
  return schema;
}

/**
 * The link tokens of one service, in a tenant-scoped collection it names (e.g. `consent_links`).
 * Look-ups by token cross tenants on purpose (the token is the only thing a visitor brings);
 * the binding then names the tenant, and callers may pin the tenant they expect.
 */
export class LinkTokens {
  readonly model: Model<LinkTokenDoc>;
  private readonly uses: Model<LinkUseDoc>;

  /**
   * `rateLimits`: every look-up of a link that exists counts against its tenant's `pages` limit, so
   * one tenant's links opened in a flood do not hold up the pages of the others.
   */
  constructor(
    connection: Connection,
    collection: string,
    private readonly options: { rateLimits?: RateLimiter } = {},
  ) {
    requireText('collection', collection, /^[a-z][a-z0-9_]{0,58}$/);
    this.model = defineTenantModel(connection, `LetheLinkToken.${collection}`, linkSchema(), collection);
    this.uses = defineTenantModel(connection, `LetheLinkUse.${collection}`, linkUseSchema(), `${collection}_uses`);
  }

  /** Creates the indexes; idempotent. */
  async init(): Promise<void> {
    await Promise.all([this.model.init(), this.uses.init()]);
  }

  async issue({ tenantId, subjectId, purpose, scope, ttlMs, now }: IssueLink): Promise<IssuedLink> {
    requireText('tenantId', tenantId);
    requireText('subjectId', subjectId);
    requireText('purpose', purpose, NAME_SHAPE);
    if (scope !== undefined) requireText('scope', scope);
    if (!Number.isInteger(ttlMs) || ttlMs <= 0 || ttlMs > MAX_TTL_MS) throw new TypeError('a link needs a whole positive ttlMs of at most a year');
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('a link needs a valid issue time');
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const id = `lnk_${randomUUID().replace(/-/g, '')}`;
    const expiresAt = new Date(now.getTime() + ttlMs);
    const doc: LinkTokenDoc = { _id: id, tenantId, subjectId, purpose, hash: linkTokenHash(token)!, issuedAt: now, expiresAt };
    if (scope !== undefined) doc.scope = scope;
    await this.model.create(doc);
    return { token, expiresAt, id };
  }

  /**
   * What the token is bound to, or why it is refused; uses nothing up (a GET may call it). A page
   * that serves several purposes names them all: the binding says which one the token has.
   */
  async inspect(token: unknown, purpose: LinkPurpose | readonly LinkPurpose[], now: Date, expected: ExpectedBinding = {}): Promise<LinkCheck> {
    const doc = await this.find(token, purpose, expected);
    if (!doc) return { ok: false, reason: 'invalid' };
    return this.verdict(doc, now) ?? { ok: true, link: bindingOf(doc) };
  }

  /**
   * Uses the token up, atomically: the use is an insert keyed by the link's id, so of concurrent
   * calls exactly one succeeds and the others see `used` (FerretDB's findAndModify is not atomic
   * under concurrency; a unique key is, on every backend).
   */
  async consume(token: unknown, purpose: LinkPurpose, now: Date, expected: ExpectedBinding = {}): Promise<LinkCheck> {
    const doc = await this.find(token, purpose, expected);
    if (!doc) return { ok: false, reason: 'invalid' };
    const refused = this.verdict(doc, now);
    if (refused) return refused;
    try {
      await this.uses.create({ _id: doc._id, tenantId: doc.tenantId, subjectId: doc.subjectId, usedAt: now, expiresAt: doc.expiresAt });
    } catch (err) {
      if (isDuplicateKey(err)) return { ok: false, reason: 'used' };
      throw err;
    }
    // For readers of the link itself (inspect); the use above is what counts.
    await this.model.updateOne({ _id: doc._id, tenantId: doc.tenantId }, { $set: { usedAt: now } }).exec();
    return { ok: true, link: bindingOf({ ...doc, usedAt: now }) };
  }

  /** Marks the subject's unused links of a purpose (and scope) as used, e.g. when the matter was settled another way. */
  async revoke(tenantId: string, subjectId: string, purpose: LinkPurpose, now: Date, filter: { id?: string; scope?: string } = {}): Promise<number> {
    const query: FilterQuery<LinkTokenDoc> = { tenantId, subjectId, purpose, usedAt: { $exists: false } };
    if (filter.id !== undefined) query._id = filter.id;
    if (filter.scope !== undefined) query.scope = filter.scope;
    return (await this.model.updateMany(query, { $set: { usedAt: now } }).exec()).modifiedCount;
  }

  /**
   * Ends the subject's named links of a purpose now, e.g. when a newer request replaced theirs:
   * opened afterwards they read as expired, not as used. Returns how many were still valid.
   */
  async expire(tenantId: string, subjectId: string, purpose: LinkPurpose, ids: readonly string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.model.updateMany({ tenantId, subjectId, purpose, _id: { $in: [...ids] }, expiresAt: { $gt: now } }, { $set: { expiresAt: now } }).exec();
    return result.modifiedCount;
  }

  /** Every link of a subject, used or not, without its hash: what the subject's data export shows. */
  async ofSubject(tenantId: string, subjectId: string): Promise<LinkBinding[]> {
    requireText('tenantId', tenantId);
    requireText('subjectId', subjectId);
    const docs = await this.model.find({ tenantId, subjectId }, { hash: 0 }).lean<LinkTokenDoc[]>().exec();
    return docs.map(bindingOf);
  }

  /** Every link of a subject, used or not: for erasure. Returns the count. */
  async deleteOfSubject(tenantId: string, subjectId: string): Promise<number> {
    requireText('tenantId', tenantId);
    requireText('subjectId', subjectId);
    const [links] = await Promise.all([this.model.deleteMany({ tenantId, subjectId }).exec(), this.uses.deleteMany({ tenantId, subjectId }).exec()]);
    return links.deletedCount;
  }

  /** Housekeeping across tenants: links that expired before `before`. Returns the count. */
  async deleteExpired(before: Date): Promise<number> {
    const [links] = await Promise.all([
      this.model.deleteMany({ expiresAt: { $lt: before } }).setOptions({ [ALL_TENANTS]: true }).exec(),
      this.uses.deleteMany({ expiresAt: { $lt: before } }).setOptions({ [ALL_TENANTS]: true }).exec(),
    ]);
    return links.deletedCount;
  }

  private filterOf(token: unknown, purpose: LinkPurpose | readonly LinkPurpose[], expected: ExpectedBinding): FilterQuery<LinkTokenDoc> | undefined {
    const hash = linkTokenHash(token);
    const purposes: readonly unknown[] = Array.isArray(purpose) ? purpose : [purpose];
    if (!hash || purposes.length === 0 || !purposes.every((name) => typeof name === 'string' && NAME_SHAPE.test(name))) return undefined;
    const filter: FilterQuery<LinkTokenDoc> = { hash, purpose: purposes.length === 1 ? (purposes[0] as string) : { $in: purposes as string[] } };
    if (expected.tenantId !== undefined) filter.tenantId = expected.tenantId;
    if (expected.subjectId !== undefined) filter.subjectId = expected.subjectId;
    if (expected.scope !== undefined) filter.scope = expected.scope;
    return filter;
  }

  private async find(token: unknown, purpose: LinkPurpose | readonly LinkPurpose[], expected: ExpectedBinding): Promise<LinkTokenDoc | null> {
    const filter = this.filterOf(token, purpose, expected);
    if (!filter) return null;
    const doc = await this.model.findOne(filter).setOptions({ [ALL_TENANTS]: true }).lean<LinkTokenDoc>().exec();
    if (doc) await this.options.rateLimits?.take('pages', { tenantId: doc.tenantId });
    return doc;
  }

  private verdict(doc: LinkTokenDoc, now: Date): { ok: false; reason: LinkRefusal } | undefined {
    if (doc.usedAt) return { ok: false, reason: 'used' };
    if (doc.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    return undefined;
  }
}
