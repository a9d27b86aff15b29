// Demo data for `pnpm start` (scripts/dev/start.ts): anonymous profiles of two demo candidates sent
// to the demo client's contact person for its open request (services/candidates/src/demo.ts), so
// the client's mail with its links is in Mailpit and the presentations stand in candidates.
// Running it again sends nothing twice: a candidate already presented to the client is skipped.
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type CandidatesProto, type ProfilesProto, type RecruitingProto } from '@lethe/protos';

const DEMO_CLIENT_NAME = 'Beispiel AG';
const PRESENTED = ['erika.mustermann@example.org', 'alex@example.com'];

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { CandidatesService, RecruitingService } = loadGrpcObject<CandidatesProto & RecruitingProto>().lethe.candidates.v1;
  const { ProfileRenderingService } = loadGrpcObject<ProfilesProto>().lethe.profiles.v1;
  const peer = context.peer('candidates');
  const peerToken = await peer.token([RIGHTS.readCandidates]);
  const candidates = createClient(CandidatesService, peer.grpcAddress, { token: peerToken });
  const recruiting = createClient(RecruitingService, peer.grpcAddress, { token: peerToken });
  const profiles = createClient(ProfileRenderingService, context.grpcAddress, { token: await context.token([RIGHTS.readCandidates, RIGHTS.writeCandidates]) });
  try {
    const client = (await unaryCall(recruiting, 'ListClients', {})).clients.find((known) => known.name === DEMO_CLIENT_NAME);
    const [request] = client ? (await unaryCall(recruiting, 'ListClientRequests', { clientId: client.id })).clientRequests : [];
    if (!client || !request) {
      context.log(`no demo client ${DEMO_CLIENT_NAME} with a request: no profiles sent`);
      return;
    }
    const presented = new Set((await unaryCall(profiles, 'ListSentProfiles', { clientId: client.id })).sent.map((sent) => sent.candidateId));
    let sent = 0;
    for (const email of PRESENTED) {
      const [candidate] = (await unaryCall(candidates, 'FindCandidatesByEmail', { email })).candidates;
      if (!candidate || presented.has(candidate.id)) continue;
      const draft = await unaryCall(profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_ANONYMOUS' });
      const preview = await unaryCall(profiles, 'PreviewDraft', { id: draft.id });
      await unaryCall(profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash, note: 'Passt gut zu Ihrer Anfrage.' });
      sent++;
    }
    context.log(`${sent} new anonymous profiles to ${DEMO_CLIENT_NAME} for "${request.title}" (${PRESENTED.length} in all); the client's mail is in Mailpit`);
  } finally {
    candidates.close();
    recruiting.close();
    profiles.close();
  }
}
