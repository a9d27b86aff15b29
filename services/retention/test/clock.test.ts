import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BaseConfig } from '@lethe/platform/service';
import { createLogger } from '@lethe/platform/telemetry';
import { definitionWithHandle, startTestService, testAuth, testErasureKeys, uniqueName, waitFor, type TestService } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { clockDueSource } from '../src/clock/due';
import { DEFAULT_POLICY, type RetentionPolicyValues } from '../src/policy/policy';
import { buildRetention, retentionConfigSchema, type RetentionConfig } from '../src/service';
import type { DueSource } from '../src/sweep/due-source';
import { Sweeper, sweepLeaseKey } from '../src/sweep/sweeper';
import { retentionTestEnv } from './kit';

const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
let service: TestService<RetentionConfig & BaseConfig>;

beforeAll(async () => {
  service = await startTestService(retention.definition, await testAuth(), { env: retentionTestEnv('clock') });
});
afterAll(async () => {
  await service?.stop();
});

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const { version: _defaultVersion, ...DEFAULT_VALUES } = DEFAULT_POLICY;

/** A subject whose clock runs from its last activity under the tenant's current policy. */
async function activeSince(tenantId: string, lastActivity: Date): Promise<string> {
  const subjectId = uniqueName('subject');
  const { clocks, policies } = retention.built();
  await clocks.change(tenantId, subjectId, await policies.get(tenantId), lastActivity, (clock) => {
    clock.lastActivityAt = lastActivity;
  });
  return subjectId;
}

/** A sweep lease keyed by a database of its own: the service's own sweep never holds it. */
const separateSweepLease = () => sweepLeaseKey({ redisKeys: service.runtime.redisKeys, database: uniqueName('installation') });
const stored = (tenantId: string, subjectId: string) => retention.built().clocks.model.findOne({ tenantId, subjectId }).lean().exec();
const deletionsOf = (tenantId: string) => retention.built().orchestrator.model.find({ tenantId, mode: 'delete' }).lean().exec();
const savePolicy = (tenantId: string, values: Partial<RetentionPolicyValues>, now: Date) =>
  retention.built().policies.update(tenantId, { ...DEFAULT_VALUES, ...values }, 0, 'dpo', now);

describe('the retention clock', () => {
  it('reschedules every running clock when a tenant saves a new policy, shorter or longer', async () => {
    const shorter = uniqueName('tenant');
    const longer = uniqueName('tenant');
    const early = await activeSince(shorter, at('2026-01-10'));
    const late = await activeSince(longer, at('2026-01-10'));
    expect((await stored(longer, late))?.deleteAt).toEqual(at('2026-07-10'));

    await savePolicy(shorter, { deleteAfterMonths: 3 }, at('2026-03-01'));
    await savePolicy(longer, { deleteAfterMonths: 12 }, at('2026-03-01'));
    expect((await retention.built().policies.awaitingReschedule()).map((p) => p.tenantId).sort()).toEqual([shorter, longer].sort());

    const result = await retention.built().sweeper.run(at('2026-08-01'));
    expect(result.executed['policy-changes']).toBe(2);
    // Shorter: due since April, deleted now; longer: not before next January.
    expect((await deletionsOf(shorter)).map((e) => e.subjectId)).toEqual([early]);
    expect(await deletionsOf(longer)).toEqual([]);
    expect(await stored(longer, late)).toMatchObject({ deleteAt: at('2027-01-10'), policyVersion: 1 });
    // The next sweep finds nothing left to reschedule and says so on the policies.
    expect((await retention.built().sweeper.run(at('2026-08-01'))).executed['policy-changes']).toBe(0);
    expect(await retention.built().policies.awaitingReschedule()).toEqual([]);
  });

  it('does not issue a step that the current policy moved into the future, even before the clocks are rescheduled', async () => {
    const tenant = uniqueName('tenant');
    const subjectId = await activeSince(tenant, at('2026-01-10'));
    await savePolicy(tenant, { deleteAfterMonths: 12 }, at('2026-03-01'));
    const { clocks, policies, orchestrator, fence } = retention.built();
    // The clock source alone, as a sweep that met the clock before the policy change sees it.
    const source = clockDueSource(fence, clocks, policies, orchestrator);
    await source.execute({ tenantId: tenant, subjectId, key: `delete:${tenant}/${subjectId}`, dueAt: at('2026-07-10') }, at('2026-08-01'));
    expect(await deletionsOf(tenant)).toEqual([]);
    expect((await stored(tenant, subjectId))?.deleteAt).toEqual(at('2027-01-10'));
  });

  it('keeps the hold of a renewed storage consent when the first consent expires', async () => {
    const tenant = uniqueName('tenant');
    const subjectId = await activeSince(tenant, at('2026-01-10'));
    const consent = (type: 'lethe.consent.v1.ConsentGranted' | 'lethe.consent.v1.ConsentExpired', consentId: string, until?: Date) =>
      type === 'lethe.consent.v1.ConsentGranted'
        ? { type, tenantId: tenant, subjectId, payload: { consentId, subjectId, kind: 'CONSENT_KIND_STORAGE' as const, validFrom: toTimestamp(at('2026-02-01')), validUntil: toTimestamp(until!), requestId: `req-${consentId}` } }
        : { type, tenantId: tenant, subjectId, payload: { consentId, subjectId, kind: 'CONSENT_KIND_STORAGE' as const, expiredAt: toTimestamp(at('2026-12-31')) } };
    await service.runtime.bus.publish(TOPICS.consentEvents, [
      consent('lethe.consent.v1.ConsentGranted', 'first', at('2026-12-31')),
      consent('lethe.consent.v1.ConsentGranted', 'renewal', at('2027-06-30')),
      consent('lethe.consent.v1.ConsentExpired', 'first'),
    ]);
    await waitFor(async () => Object.keys((await stored(tenant, subjectId))?.storageConsents ?? {}).join() === 'renewal', 20_000, 'the expiry of the first consent');
    expect((await stored(tenant, subjectId))?.deleteAt).toEqual(at('2027-06-30'));
  });

  it('reads a clock stored before consents were kept one by one with its hold, and stores it the new way', async () => {
    const tenant = uniqueName('tenant');
    const subjectId = uniqueName('subject');
    await retention.built().clocks.model.collection.insertOne({
      _id: `${tenant}/${subjectId}` as never,
      tenantId: tenant,
      subjectId,
      statuses: {},
      lastActivityAt: at('2026-01-10'),
      storageConsentUntil: at('2027-06-30'),
      deleteAt: at('2027-06-30'),
      updatedAt: at('2026-01-10'),
    });
    // A saved policy makes the sweep reschedule the clock (as after an upgrade): the hold must survive.
    await savePolicy(tenant, { deleteAfterMonths: 6 }, at('2026-03-01'));
    expect((await retention.built().sweeper.run(at('2026-08-01'))).executed['policy-changes']).toBe(1);
    expect(await deletionsOf(tenant)).toEqual([]);
    const clock = await stored(tenant, subjectId);
    expect(clock).toMatchObject({ deleteAt: at('2027-06-30'), storageConsents: { 'before-per-consent-holds': at('2027-06-30') } });
    expect(clock?.storageConsentUntil).toBeUndefined();
  });

  it('erases a clock only after the change of it in flight ended; afterwards no change makes it again (the write fence)', async () => {
    const tenant = uniqueName('tenant');
    const subjectId = await activeSince(tenant, at('2026-01-10'));
    const { clocks, fence } = retention.built();
    const subject = { tenantId: tenant, subjectId };
    // A change of the clock holds the subject's fence (as every consumer's change does) while the erasure arrives.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const changing = fence.write(subject, async () => {
      await held;
      await clocks.change(tenant, subjectId, DEFAULT_POLICY, at('2026-02-01'), (clock) => {
        clock.statuses['application:in-flight'] = { meta: 'active', outcome: 'none', setAt: at('2026-02-01'), eventId: 'in-flight' };
      });
    });
    const command = { commandId: randomUUID(), tenantId: tenant, subjectId, mode: 'ERASURE_MODE_DELETE' as const, reason: 'ERASURE_REASON_MANUAL' as const, issuedAt: toTimestamp(at('2026-02-01')), attempt: 1 };
    await service.runtime.bus.publish(TOPICS.erasureCommands, [{ type: 'lethe.erasure.v1.ErasureCommand', tenantId: tenant, subjectId, payload: testErasureKeys.signCommand(command) }]);
    await sleep(1_500);
    expect(await stored(tenant, subjectId)).not.toBeNull();
    release();
    await changing;
    // The erasure ran after the change, and took what it wrote.
    await waitFor(async () => (await stored(tenant, subjectId)) === null, 20_000, 'the erasure');
    // A change that comes after the erasure finds the subject erased and makes nothing.
    expect(await fence.writeUnlessErased(subject, () => clocks.change(tenant, subjectId, DEFAULT_POLICY, at('2026-02-02'), () => undefined))).toBeUndefined();
    await expect(fence.write(subject, async () => undefined)).rejects.toMatchObject({ reason: 'SUBJECT_ERASED' });
    expect(await stored(tenant, subjectId)).toBeNull();
  });


  it('keeps changes made at the same time by different events', async () => {
    const tenant = uniqueName('tenant');
    const subjectId = await activeSince(tenant, at('2026-01-10'));
    const { clocks, fence } = retention.built();
    const ids = ['a', 'b', 'c', 'd'];
    // Four changes at once, each as the consumers make it: as the subject's only writer.
    await Promise.all(
      ids.map((id) =>
        fence.writeUnlessErased({ tenantId: tenant, subjectId }, () =>
          clocks.change(tenant, subjectId, DEFAULT_POLICY, at('2026-02-01'), (clock) => {
            clock.statuses[`application:${id}`] = { meta: 'final', outcome: 'rejected', setAt: at('2026-02-01'), eventId: id };
          }),
        ),
      ),
    );
    expect(Object.keys((await stored(tenant, subjectId))?.statuses ?? {}).sort()).toEqual(ids.map((id) => `application:${id}`));
    // And from the two consumers at once: statuses and storage consents of one subject, none lost.
    await Promise.all([
      service.runtime.bus.publish(
        TOPICS.candidateEvents,
        ['e', 'f'].map((id) => ({
          type: 'lethe.candidates.v1.ApplicationStatusChanged' as const,
          tenantId: tenant,
          subjectId,
          payload: { applicationId: id, candidateId: subjectId, jobId: 'job-1', statusKey: 'received', metaStatus: 'META_STATUS_ACTIVE' as const, finalOutcome: 'FINAL_OUTCOME_UNSPECIFIED' as const, statusSetAt: toTimestamp(at('2026-02-02')) },
        })),
      ),
      service.runtime.bus.publish(
        TOPICS.consentEvents,
        ['c1', 'c2'].map((consentId) => ({
          type: 'lethe.consent.v1.ConsentGranted' as const,
          tenantId: tenant,
          subjectId,
          payload: { consentId, subjectId, kind: 'CONSENT_KIND_STORAGE' as const, validFrom: toTimestamp(at('2026-02-02')), validUntil: toTimestamp(at('2027-02-02')), requestId: `req-${consentId}` },
        })),
      ),
    ]);
    const both = await waitFor(
      async () => {
        const doc = await stored(tenant, subjectId);
        return Object.keys(doc?.statuses ?? {}).length === 6 && Object.keys(doc?.storageConsents ?? {}).length === 2 ? doc : undefined;
      },
      20_000,
      'every change',
    );
    expect(Object.keys(both!.statuses).sort()).toEqual([...ids, 'e', 'f'].map((id) => `application:${id}`));
  });


  it('records a reduction however it was issued, and moves the owner notice to the deletion that remains', async () => {
    const tenant = uniqueName('tenant');
    await savePolicy(tenant, { reduceAfterMonths: 3, deleteAfterMonths: 6, ownerNoticeDays: 7 }, at('2026-01-01'));
    const subjectId = await activeSince(tenant, at('2026-01-10'));
    expect(await stored(tenant, subjectId)).toMatchObject({ reduceAt: at('2026-04-10'), ownerNoticeAt: at('2026-04-03') });

    // A reduction from a mass action or a mark reaches retention's own handler like every other service's.
    const command = { commandId: randomUUID(), tenantId: tenant, subjectId, mode: 'ERASURE_MODE_REDUCE' as const, keepFields: ['name'], reason: 'ERASURE_REASON_MANUAL' as const, issuedAt: toTimestamp(at('2026-02-01')), attempt: 1 };
    await service.runtime.bus.publish(TOPICS.erasureCommands, [{ type: 'lethe.erasure.v1.ErasureCommand', tenantId: tenant, subjectId, payload: testErasureKeys.signCommand(command) }]);
    const reduced = await waitFor(
      async () => {
        const doc = await stored(tenant, subjectId);
        return doc?.reduceIssuedAt ? doc : undefined;
      },
      20_000,
      'the reduction on the clock',
    );
    expect(reduced?.reduceAt).toBeUndefined();
    expect(reduced).toMatchObject({ deleteAt: at('2026-07-10'), ownerNoticeAt: at('2026-07-03') });
  });
});

describe('the sweep lease', () => {
  /** One due item whose execution outlasts the lease. */
  function slowSource(executeMs: number): DueSource & { executed: number } {
    const source = {
      name: 'slow',
      executed: 0,
      findDue: async () => (source.executed === 0 ? [{ tenantId: 't', subjectId: 's', key: 'slow', dueAt: new Date(0) }] : []),
      countDue: async () => 1,
      execute: async () => {
        await sleep(executeMs);
        source.executed += 1;
      },
    };
    return source;
  }

  it('stops a run before its next step once another sweep took the expired lease (fencing)', async () => {
    const leaseKey = separateSweepLease();
    const logger = createLogger({ service: 'retention-test', level: 'silent' });
    const steps: string[] = [];
    const twoSlowItems: DueSource = {
      name: 'slow',
      findDue: async () => (steps.length === 0 ? ['one', 'two'].map((key) => ({ tenantId: 't', subjectId: 's', key, dueAt: new Date(0) })) : []),
      countDue: async () => 2,
      execute: async (item) => {
        await sleep(300);
        steps.push(item.key);
      },
    };
    const first = new Sweeper(service.runtime.redis, leaseKey, [twoSlowItems], logger, 100).run(new Date());
    await sleep(150);
    // Another replica: the first one's lease has expired, so it takes it (a newer token).
    expect((await new Sweeper(service.runtime.redis, leaseKey, [], logger, 100).run(new Date())).ran).toBe(true);
    await expect(first).rejects.toThrow('the sweep lease ran out');
    expect(steps).toEqual(['one']);
  });

  it('runs one sweep per process at a time, and stops a run whose lease expired', async () => {
    const source = slowSource(400);
    const sweeper = new Sweeper(service.runtime.redis, separateSweepLease(), [source], createLogger({ service: 'retention-test', level: 'silent' }), 100);
    const first = sweeper.run(new Date());
    // After the lease expired, another replica could take it, but this process does not start a second run.
    await sleep(200);
    expect(await sweeper.run(new Date())).toEqual({ ran: false, executed: {} });
    await expect(first).rejects.toThrow('the sweep lease ran out');
    expect(source.executed).toBe(1);
  });
});

describe('the sweep', () => {
  it('executes an item once per run even when its execution leaves it due, and reaches the items after it', async () => {
    const keys = Array.from({ length: 450 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const executions = new Map<string, number>();
    // Its items stay due whatever is executed, as a step about a subject erased meanwhile does.
    const stays: DueSource = {
      name: 'stays-due',
      findDue: async (_now, limit) => keys.slice(0, limit).map((key) => ({ tenantId: 't', subjectId: 's', key, dueAt: new Date(0) })),
      countDue: async () => keys.length,
      execute: async (item) => void executions.set(item.key, (executions.get(item.key) ?? 0) + 1),
    };
    const sweeper = new Sweeper(service.runtime.redis, separateSweepLease(), [stays], createLogger({ service: 'retention-test', level: 'silent' }));
    expect((await sweeper.run(new Date())).executed['stays-due']).toBe(450);
    expect([...executions.values()].every((count) => count === 1)).toBe(true);
    expect(executions.size).toBe(450);
  });
});

describe('issuing erasures', () => {
  it('creates one erasure when several parts issue it for one subject at once', async () => {
    const tenant = uniqueName('tenant');
    const subjectId = uniqueName('subject');
    const { orchestrator } = retention.built();
    const issued = await Promise.all(
      Array.from({ length: 4 }, () => orchestrator.issue({ tenantId: tenant, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } })),
    );
    expect(issued.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(issued.map((result) => result.erasureId)).size).toBe(1);
    expect(await orchestrator.model.countDocuments({ tenantId: tenant, subjectId })).toBe(1);
  });
});
