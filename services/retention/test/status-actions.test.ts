import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type StatusActionKind } from '@lethe/protos';
import { DEFAULT_SKELETON_FIELDS } from '../src/policy/policy';
import { ALL_RIGHTS, startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('status-actions');
});
afterAll(() => scene?.stop());

/** Candidates announces that a status with an action was set for the subject; returns the action's id. */
async function statusActionRequested(tenantId: string, subjectId: string, kind: StatusActionKind = 'STATUS_ACTION_KIND_REDUCE_CONTENTS', actionId = uniqueName('action')): Promise<string> {
  await scene.bus().publish(TOPICS.candidateEvents, [
    {
      type: 'lethe.candidates.v1.StatusActionRequested',
      tenantId,
      subjectId,
      payload: {
        actionId,
        candidateId: subjectId,
        kind,
        templateKey: kind === 'STATUS_ACTION_KIND_SEND_TEMPLATE' ? 'talent-pool-welcome' : '',
        statusKey: 'rejected',
        recordId: uniqueName('application'),
        requestedAt: toTimestamp(scene.clock.now()),
        requestedBy: 'recruiter-7',
      },
    },
  ]);
  return actionId;
}

/** The declines retention announced about the subject, once there is one. */
const declinedOf = (subjectId: string) => async () => {
  const payloads = scene.standIn.eventsAbout(subjectId).flatMap((event) => (event.type === 'lethe.retention.v1.StatusActionDeclined' ? [event.payload] : []));
  return payloads.length > 0 ? payloads : undefined;
};

describe('a status’s "reduce contents" action', () => {
  it('reduces the subject to the tenant’s skeleton fields through the erasure protocol, once however often it is announced', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const client = await scene.clientOf(tenant, ALL_RIGHTS);
    const actionId = await statusActionRequested(tenant, id);
    const command = await waitFor(async () => scene.standIn.commands.find((c) => c.subjectId === id), 20_000, 'the reduction');
    expect(command).toMatchObject({ mode: 'reduce', keepFields: DEFAULT_SKELETON_FIELDS });
    const { erasures } = await unaryCall(client, 'ListErasures', {});
    expect(erasures.filter((e) => e.subjectId === id).map((e) => [e.mode, e.trigger])).toEqual([['ERASURE_MODE_REDUCE', 'status-action']]);
    // Marked now: the same action again (a redelivery) is not handled twice, a new one is declined,
    // and one that is messaging's to send is not retention's (all in order: they are about one subject).
    await unaryCall(client, 'MarkForDeletion', { subjectId: id });
    await statusActionRequested(tenant, id, 'STATUS_ACTION_KIND_REDUCE_CONTENTS', actionId);
    await statusActionRequested(tenant, id, 'STATUS_ACTION_KIND_SEND_TEMPLATE');
    const later = await statusActionRequested(tenant, id);
    const declined = await waitFor(declinedOf(id), 20_000, 'the later action’s decline');
    expect(declined.map((payload) => [payload.actionId, payload.reason])).toEqual([[later, 'marked-for-deletion']]);
    expect(scene.standIn.commands.filter((c) => c.subjectId === id)).toHaveLength(1);
  });

  it('does nothing for a subject marked for deletion or asked to be forgotten, and says why', async () => {
    const tenant = uniqueName('tenant');
    const client = await scene.clientOf(tenant, ALL_RIGHTS);
    const marked = await scene.createCandidate(tenant);
    await unaryCall(client, 'MarkForDeletion', { subjectId: marked });
    const asked = await scene.createCandidate(tenant);
    await unaryCall(client, 'OpenErasureRequest', { subjectId: asked, reason: 'bitte löschen' });

    const markedAction = await statusActionRequested(tenant, marked);
    const askedAction = await statusActionRequested(tenant, asked);
    const [declinedMarked] = await waitFor(declinedOf(marked), 20_000, 'the decline of the marked subject');
    expect(declinedMarked).toMatchObject({ subjectId: marked, actionId: markedAction, reason: 'marked-for-deletion' });
    const [declinedAsked] = await waitFor(declinedOf(asked), 20_000, 'the decline of the subject who asked to be forgotten');
    expect(declinedAsked).toMatchObject({ subjectId: asked, actionId: askedAction, reason: 'erasure-requested' });
    expect(scene.standIn.commands.filter((c) => c.subjectId === marked || c.subjectId === asked)).toEqual([]);
  });
});
