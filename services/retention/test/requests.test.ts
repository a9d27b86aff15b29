import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { failure, uniqueName, waitFor } from '@lethe/platform/testkit';
import { RetentionService, startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('requests');
});
afterAll(() => scene?.stop());

const ALL = [RIGHTS.readCandidates, RIGHTS.writeCandidates];
const clientOf = (tenantId: string, rights: string[] = ALL, actorId = 'recruiter') => scene.clientOf(tenantId, rights, actorId);

const REASON = 'Bitte löschen Sie mich, Grund-Kanarienvogel-7731';

describe('erasure requests', () => {
  it('opened by a recruiter with a reason: announced to the services, reason encrypted; withdrawn: announced again', async () => {
    scene.clock.set(new Date());
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const client = await clientOf(tenant);

    const opened = await unaryCall(client, 'OpenErasureRequest', { subjectId: id, reason: REASON });
    expect(opened).toMatchObject({ subjectId: id, state: 'ERASURE_REQUEST_STATE_OPEN', requestedBy: 'REQUESTED_BY_RECRUITER', openedBy: 'recruiter', reason: REASON });
    // The deadline is the delete period (6 months by default) from the request.
    const months = (Number(opened.deadlineAt!.seconds) - scene.clock.now().getTime() / 1000) / (24 * 3600 * 30.4);
    expect(Math.round(months)).toBe(6);
    // Opening twice is the same request.
    expect((await unaryCall(client, 'OpenErasureRequest', { subjectId: id })).requestId).toBe(opened.requestId);
    // ExplainRetention names the deadline among the scheduled steps.
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps).toContainEqual({ mode: 'ERASURE_MODE_DELETE', dueAt: opened.deadlineAt, rule: 'erasure_request' });

    // The services hear of it (they hide the subject, suppress automated messages, log the activity), once.
    const [event] = await waitFor(() => {
      const events = scene.standIn.eventsAbout(id, 'lethe.retention.v1.ErasureRequestOpened');
      return events.length > 0 ? events : undefined;
    }, 20_000, 'the services to hear of the request');
    expect(event.payload).toMatchObject({ requestId: opened.requestId, subjectId: id, requestedBy: 'REQUESTED_BY_RECRUITER', actorId: 'recruiter', deadlineAt: opened.deadlineAt });
    expect(JSON.stringify(event.payload)).not.toContain('Kanarienvogel');
    expect((await unaryCall(client, 'ListErasureRequests', {})).requests.map((r) => r.subjectId)).toEqual([id]);

    // The reason is personal data: stored encrypted for the person.
    const raw = await scene.retention().requests.store.model.collection.findOne({ subjectId: id });
    expect(JSON.stringify(raw)).not.toContain('Kanarienvogel');

    const withdrawn = await unaryCall(client, 'WithdrawErasureRequest', { subjectId: id, reason: 'doch nicht' });
    expect(withdrawn).toMatchObject({ state: 'ERASURE_REQUEST_STATE_WITHDRAWN', withdrawnBy: 'REQUESTED_BY_RECRUITER', withdrawReason: 'doch nicht', reason: REASON });
    await waitFor(() => scene.standIn.eventsAbout(id, 'lethe.retention.v1.ErasureRequestWithdrawn').length === 1, 20_000, 'the services to hear of the withdrawal');
    expect(scene.standIn.eventsAbout(id, 'lethe.retention.v1.ErasureRequestWithdrawn')[0].payload).toMatchObject({ requestId: opened.requestId, withdrawnBy: 'REQUESTED_BY_RECRUITER' });
    expect(scene.standIn.eventsAbout(id, 'lethe.retention.v1.ErasureRequestOpened')).toHaveLength(1);
    expect((await unaryCall(client, 'ListErasureRequests', {})).requests).toEqual([]);
    // Withdrawn requests are not executed (the retention clock still runs its own course).
    scene.clock.advance({ days: 200 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['erasure-requests']).toBe(0);
    expect((await unaryCall(client, 'GetErasureRequest', { subjectId: id })).state).toBe('ERASURE_REQUEST_STATE_WITHDRAWN');
    expect((await unaryCall(client, 'ListErasures', { subjectId: id })).erasures.filter((e) => e.reason === 'ERASURE_REASON_ERASURE_REQUEST')).toEqual([]);
  });

  it('by the candidate through single-use links bound to purpose and tenant', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    // Messaging obtains the links, for its messages to the candidate.
    const messaging = await scene.messagingOf(tenant);
    // The self-service page calls with its own token and no candidate rights; the link is the authority.
    const page = await clientOf(tenant, [], 'self-service-page');

    const openLink = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST', validDays: 7 });
    expect(openLink.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Without a link, the page may not act on anyone.
    expect((await failure(unaryCall(page, 'OpenErasureRequest', { subjectId: id }))).code).toBe(grpc.status.PERMISSION_DENIED);
    // A link of another purpose or from another tenant does not open anything.
    expect(await failure(unaryCall(page, 'WithdrawErasureRequest', { linkToken: openLink.token }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'LINK_INVALID' });
    const otherTenant = await clientOf(uniqueName('other'), []);
    expect(await failure(unaryCall(otherTenant, 'OpenErasureRequest', { linkToken: openLink.token }))).toMatchObject({ reason: 'LINK_INVALID' });
    const tampered = `${openLink.token.slice(0, -1)}${openLink.token.endsWith('A') ? 'B' : 'A'}`;
    expect(await failure(unaryCall(page, 'OpenErasureRequest', { linkToken: tampered }))).toMatchObject({ reason: 'LINK_INVALID' });

    const opened = await unaryCall(page, 'OpenErasureRequest', { linkToken: openLink.token });
    expect(opened).toMatchObject({ subjectId: id, state: 'ERASURE_REQUEST_STATE_OPEN', requestedBy: 'REQUESTED_BY_CANDIDATE', openedBy: `candidate:${id}` });
    expect(await failure(unaryCall(page, 'OpenErasureRequest', { linkToken: openLink.token }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'LINK_USED' });

    const withdrawLink = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST', validDays: 1 });
    scene.clock.advance({ days: 2 });
    expect(await failure(unaryCall(page, 'WithdrawErasureRequest', { linkToken: withdrawLink.token }))).toMatchObject({ reason: 'LINK_EXPIRED' });
    const fresh = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST' });
    expect(await unaryCall(page, 'WithdrawErasureRequest', { linkToken: fresh.token })).toMatchObject({ state: 'ERASURE_REQUEST_STATE_WITHDRAWN', withdrawnBy: 'REQUESTED_BY_CANDIDATE' });
  });

  it('a link is used up only by the change it makes: nothing to withdraw or a request open already leave it usable', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const messaging = await scene.messagingOf(tenant);
    const page = await clientOf(tenant, [], 'self-service-page');
    const withdrawLink = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST' });
    expect(await failure(unaryCall(page, 'WithdrawErasureRequest', { linkToken: withdrawLink.token }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'NO_OPEN_REQUEST' });

    const opened = await unaryCall(await clientOf(tenant), 'OpenErasureRequest', { subjectId: id });
    const openLink = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' });
    expect((await unaryCall(page, 'OpenErasureRequest', { linkToken: openLink.token })).requestId).toBe(opened.requestId);
    expect((await scene.retention().links.inspect(openLink.token, 'erasure-request-open', scene.clock.now())).ok).toBe(true);
    // The withdrawal link refused before still works, once.
    expect(await unaryCall(page, 'WithdrawErasureRequest', { linkToken: withdrawLink.token })).toMatchObject({ state: 'ERASURE_REQUEST_STATE_WITHDRAWN', withdrawnBy: 'REQUESTED_BY_CANDIDATE' });
    expect(await failure(unaryCall(page, 'WithdrawErasureRequest', { linkToken: withdrawLink.token }))).toMatchObject({ reason: 'LINK_USED' });
  });

  it('no link for a recruiter, even with links:issue in the token, nor for a candidate or a service without the right', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const callers = [await clientOf(tenant, [...ALL, RIGHTS.dataProtection, RIGHTS.issueLinks]), await scene.messagingOf(tenant, [RIGHTS.writeCandidates])];
    const candidate = createClient(RetentionService, scene.service.address, { token: await scene.auth.mint({ tenantId: tenant, actorId: id, actorKind: 'candidate', rights: [RIGHTS.issueLinks] }) });
    try {
      for (const caller of [...callers, candidate]) {
        for (const purpose of ['SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST', 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST'] as const) {
          expect(await failure(unaryCall(caller, 'CreateSelfServiceLink', { subjectId: id, purpose }))).toMatchObject({ code: grpc.status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
        }
      }
    } finally {
      candidate.close();
    }
    expect(await scene.retention().links.model.countDocuments({ tenantId: tenant, subjectId: id })).toBe(0);
    // Messaging's token of the tenant gets one.
    expect((await unaryCall(await scene.messagingOf(tenant), 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' })).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is executed at the deadline: the subject is erased everywhere, the request can no longer be withdrawn', async () => {
    scene.clock.set(new Date());
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const client = await clientOf(tenant);
    // A link made before the erasure goes with the subject.
    const link = await unaryCall(await scene.messagingOf(tenant), 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST' });
    await unaryCall(client, 'OpenErasureRequest', { subjectId: id, reason: REASON });
    scene.clock.advance({ days: 100 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['erasure-requests']).toBe(0);
    scene.clock.advance({ days: 90 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['erasure-requests']).toBe(1);

    const request = await unaryCall(client, 'GetErasureRequest', { subjectId: id });
    expect(request).toMatchObject({ state: 'ERASURE_REQUEST_STATE_EXECUTED' });
    const erasure = await unaryCall(client, 'GetErasure', { id: request.erasureId });
    expect(erasure).toMatchObject({ subjectId: id, mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_ERASURE_REQUEST', trigger: 'erasure-request' });
    await waitFor(async () => (await unaryCall(client, 'GetErasure', { id: request.erasureId })).state === 'ERASURE_STATE_DONE', 30_000, 'every service to confirm');
    expect(scene.standIn.heldOf(tenant, id)).toBeUndefined();
    // Retention's own copy of the reason went with the person's key, and their links with them.
    expect((await unaryCall(client, 'GetErasureRequest', { subjectId: id })).reason).toBe('');
    expect(await failure(unaryCall(await clientOf(tenant, []), 'WithdrawErasureRequest', { linkToken: link.token }))).toMatchObject({ reason: 'LINK_INVALID' });
    expect(await failure(unaryCall(client, 'WithdrawErasureRequest', { subjectId: id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ALREADY_EXECUTED' });
  });

  it('refuses bad input with field details, without rights, and across tenants', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const client = await clientOf(tenant);
    const messaging = await scene.messagingOf(tenant);
    const violations = async (method: 'OpenErasureRequest' | 'WithdrawErasureRequest' | 'CreateSelfServiceLink' | 'GetErasureRequest', request: object) => {
      const error = await failure(unaryCall(method === 'CreateSelfServiceLink' ? messaging : client, method, request as never));
      expect(error.code).toBe(grpc.status.INVALID_ARGUMENT);
      return error.violations.map((v) => v.field);
    };
    expect(await violations('OpenErasureRequest', {})).toEqual(['subjectId']);
    expect(await violations('OpenErasureRequest', { subjectId: id, linkToken: 'x'.repeat(43) })).toEqual(['subjectId']);
    expect(await violations('OpenErasureRequest', { subjectId: id, reason: 'x'.repeat(2001) })).toEqual(['reason']);
    expect(await violations('WithdrawErasureRequest', { subjectId: 'not an id!' })).toEqual(['subjectId']);
    expect(await violations('CreateSelfServiceLink', { subjectId: id, validDays: 367 })).toEqual(['purpose', 'validDays']);
    expect(await violations('GetErasureRequest', {})).toEqual(['subjectId']);
    expect((await unaryCall(client, 'ListErasureRequests', {})).requests).toEqual([]);

    const readOnly = await clientOf(tenant, [RIGHTS.readCandidates]);
    expect((await failure(unaryCall(readOnly, 'OpenErasureRequest', { subjectId: id }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((await failure(unaryCall(readOnly, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' }))).code).toBe(grpc.status.PERMISSION_DENIED);

    await unaryCall(client, 'OpenErasureRequest', { subjectId: id });
    const other = await clientOf(uniqueName('other'));
    expect((await failure(unaryCall(other, 'GetErasureRequest', { subjectId: id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(other, 'WithdrawErasureRequest', { subjectId: id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(other, 'ListErasureRequests', {})).requests).toEqual([]);
  });
});
