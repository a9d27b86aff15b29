import { AsyncLocalStorage } from 'node:async_hooks';
import { ConflictError, NotFoundError, PreconditionError } from '../errors/errors';
import type { Logger } from '../telemetry/logger';
import type { Redis, TenantKeys } from '../redis/client';
import { withLease, type HeldLease } from '../redis/lease';
import type { Tombstone, Tombstones } from './tombstones';

/** The person a write is about. */
export interface SubjectRef {
  tenantId: string;
  subjectId: string;
}

export interface SubjectFenceOptions {
  redis: Redis;
  tombstones: Tombstones;
  /** Names the fence keys of this service (and installation). */
  keys: TenantKeys;
  logger: Logger;
  /** How long a hold lasts unless renewed; it is renewed while its work runs. */
  leaseMs?: number;
  /** How long a write or an erasure waits for the subject's current holder before failing (ABORTED, LOCKED). */
  waitMs?: number;
}

/** Applies the erasure a tombstone records once more (see SubjectFence). */
export type ReapplyErasure = (tombstone: Tombstone) => Promise<void>;

/**
 * The write fence: one contract for every write about a person that an erasure could race.
 *
 * - A write runs inside `write(subject, work)`, an erasure inside `erase(subject, work)`. Both hold
 *   the subject's lease (a per-subject Redis lock with a fencing token, shared by every replica of
 *   the service), so a write and an erasure of the same person never interleave: the write either
 *   completes before the erasure starts, and the erasure removes what it wrote, or it starts after
 *   and finds the tombstone, which the erasure records first. A write to an erased subject is
 *   refused before its work runs (deleted: NOT_FOUND, SUBJECT_ERASED; anonymised:
 *   FAILED_PRECONDITION, SUBJECT_ANONYMISED), and nothing needs taking back.
 * - Everything else that decides what may be written (a mark, an erasure request, the record's
 *   own state) is changed inside `write` too, and the work checks it after the fence is taken.
 * - The lease is renewed while the work runs. A process that stalls longer than the lease loses it
 *   and another writer may have come between; the write then fails ABORTED (LEASE_LOST), and if
 *   the subject was erased meanwhile, the erasure is applied once more to what the write left.
 * - Holds are re-entrant within one call chain, and a write about several people takes their
 *   fences in a fixed order, so two such writes cannot wait for each other.
 */
export class SubjectFence {
  private readonly leaseMs: number;
  private readonly waitMs: number;
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();
  private reapply?: ReapplyErasure;

  constructor(private readonly options: SubjectFenceOptions) {
    this.leaseMs = options.leaseMs ?? 15_000;
    this.waitMs = options.waitMs ?? 10_000;
  }

  /** How an erasure is applied again after a lost lease; the service lifecycle sets its erasure handler. */
  reapplyErasuresWith(reapply: ReapplyErasure): void {
    this.reapply = reapply;
  }

  /**
   * Runs `work` as the only writer of the subjects. When one of them has been erased it refuses,
   * naming `resourceType`: NOT_FOUND (SUBJECT_ERASED) for a deleted person; FAILED_PRECONDITION
   * (SUBJECT_ANONYMISED) for an anonymised one, whose records may still be read but never change.
   */
  async write<T>(subjects: SubjectRef | readonly SubjectRef[], work: () => Promise<T>, resourceType = 'subject'): Promise<T> {
    const outcome = await this.unlessErased(listOf(subjects), work);
    if (!('erased' in outcome)) return outcome.value;
    const { tenantId, subjectId } = outcome.erased;
    const tombstone = await this.options.tombstones.get(tenantId, subjectId);
    if (tombstone?.mode === 'anonymise') throw new PreconditionError('SUBJECT_ANONYMISED', `${resourceType} ${subjectId} is anonymised`, { type: resourceType, id: subjectId });
    throw new NotFoundError(resourceType, subjectId, 'SUBJECT_ERASED');
  }

  /**
   * `write` for consumers: an event about a person erased since it was filtered changes nothing
   * (resolves undefined) instead of failing and being retried.
   */
  async writeUnlessErased<T>(subjects: SubjectRef | readonly SubjectRef[], work: () => Promise<T>): Promise<T | undefined> {
    const outcome = await this.unlessErased(listOf(subjects), work);
    return 'erased' in outcome ? undefined : outcome.value;
  }

  private unlessErased<T>(subjects: readonly SubjectRef[], work: () => Promise<T>): Promise<{ value: T } | { erased: SubjectRef }> {
    return this.hold(subjects, async () => {
      for (const subject of subjects) {
        if (await this.options.tombstones.isErased(subject.tenantId, subject.subjectId)) return { erased: subject };
      }
      return { value: await work() };
    });
  }

  /** Runs an erasure of the subject as its only writer (the erasure records the tombstone itself). */
  erase<T>(subject: SubjectRef, work: () => Promise<T>): Promise<T> {
    return this.hold([subject], work);
  }

  private async hold<T>(subjects: readonly SubjectRef[], work: () => Promise<T>): Promise<T> {
    const already = this.held.getStore() ?? new Set<string>();
    const wanted = [...new Map(subjects.map((subject) => [this.keyOf(subject), subject])).entries()]
      .filter(([key]) => !already.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (wanted.length === 0) return work();
    const [[key, subject], ...rest] = wanted;
    let lease: HeldLease | undefined;
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = {
        value: await withLease(this.options.redis, key, { ttlMs: this.leaseMs, waitMs: this.waitMs }, (held) => {
          lease = held;
          return this.held.run(new Set([...already, key]), () => this.hold(rest.map(([, next]) => next), work));
        }),
      };
    } catch (err) {
      outcome = { error: err };
    }
    if (lease?.lost) await this.afterLostLease(subject, lease.token);
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  private async afterLostLease(subject: SubjectRef, token: number): Promise<never> {
    const tombstone = await this.options.tombstones.get(subject.tenantId, subject.subjectId);
    this.options.logger.error({ tenantId: subject.tenantId, subjectId: subject.subjectId, token, erased: Boolean(tombstone) }, 'the hold on a subject ran out while its work ran');
    if (tombstone && this.reapply) await this.reapply(tombstone);
    throw new ConflictError('the call stalled longer than its hold on the subject; retry', 'LEASE_LOST');
  }

  private keyOf({ tenantId, subjectId }: SubjectRef): string {
    return this.options.keys.key(tenantId, 'fence', subjectId);
  }
}

function listOf(subjects: SubjectRef | readonly SubjectRef[]): readonly SubjectRef[] {
  return Array.isArray(subjects) ? subjects : [subjects as SubjectRef];
}
