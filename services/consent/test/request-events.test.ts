import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp } from '@lethe/protos';
import { CLEAR_DATA, decideOnPage, eventsOf, requestClearData, startConsent, type ConsentClient, type ConsentKit } from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
});
afterAll(async () => {
  await kit?.close();
});

const scope = { kind: CLEAR_DATA, clientId: 'client-a', channel: 'CHANNEL_UNSPECIFIED' };

describe('what the consent events tell of a request', () => {
  it('a request names when it was made; one a newer request replaced announces that it closed', async () => {
    const subjectId = uniqueName('cand');
    const older = await requestClearData(client, subjectId);
    const [created] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentRequestCreated');
    expect(created.payload).toMatchObject({ requestId: older.requestId, requestedBy: 'recruiter-1', requestedAt: toTimestamp(kit.clock.now()) });
    const newer = await requestClearData(client, subjectId);
    const [closed] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentRequestClosed');
    expect(closed.payload).toEqual({ requestId: older.requestId, subjectId, ...scope, closedAt: toTimestamp(kit.clock.now()), because: 'REQUEST_CLOSED_BECAUSE_SUPERSEDED' });
    // Granted on the page: the candidate gave it.
    await decideOnPage(kit.service.httpUrl, newer.token);
    const [granted] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentGranted');
    expect(granted.payload).toMatchObject({ requestId: newer.requestId, method: 'GRANT_METHOD_LINK', grantedBy: `candidate:${subjectId}` });
    // The newer request was answered, not closed: still one closing.
    expect(kit.events.filter((event) => event.subjectId === subjectId && event.type === 'lethe.consent.v1.ConsentRequestClosed')).toHaveLength(1);
  });

  it('a refusal names who refused and closes the scope’s other open requests, each announced', async () => {
    const subjectId = uniqueName('cand');
    const open = await requestClearData(client, subjectId);
    // As data written before requests superseded each other left it: two open requests of one scope.
    const newer = await requestClearData(client, subjectId);
    await kit.consent().store.repository.updateOne(tenant, { _id: open.requestId }, { $unset: { closedAt: 1, closedBecause: 1 } });
    await decideOnPage(kit.service.httpUrl, newer.token, 'decline');
    const [declined] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentDeclined');
    expect(declined.payload).toMatchObject({ requestId: newer.requestId, declinedBy: `candidate:${subjectId}` });
    const closings = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentRequestClosed', 2);
    expect(closings.map((event) => [event.payload.requestId, event.payload.because])).toEqual([
      [open.requestId, 'REQUEST_CLOSED_BECAUSE_SUPERSEDED'],
      [open.requestId, 'REQUEST_CLOSED_BECAUSE_DECLINED'],
    ]);
  });

  it('a recruiter’s grant and withdrawal name the recruiter; the withdrawal closes the open request and announces it', async () => {
    const subjectId = uniqueName('cand');
    await requestClearData(client, subjectId);
    await unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    const [granted] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentGranted');
    expect(granted.payload).toMatchObject({ method: 'GRANT_METHOD_MANUAL', grantedBy: 'recruiter-1' });
    const again = await requestClearData(client, subjectId);
    await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    const [withdrawn] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentWithdrawn');
    expect(withdrawn.payload).toMatchObject({ consentId: granted.payload.consentId, withdrawnBy: 'recruiter-1' });
    const [closed] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentRequestClosed');
    expect(closed.payload).toMatchObject({ requestId: again.requestId, because: 'REQUEST_CLOSED_BECAUSE_WITHDRAWN' });
  });
});
