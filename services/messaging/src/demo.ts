// Demo data for `pnpm start` (scripts/dev/start.ts): the demo administrator's address, one message
// to them, and requests for storage consent to two demo candidates (consent asks, messaging writes
// the mail with the candidate's link), so Mailpit shows what Lethe sends. Running it again sends
// nothing twice (the message has a fixed idempotency key; a candidate asked once is not asked again).
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type CandidatesProto, type ConsentProto, type MessagingProto } from '@lethe/protos';

/** The demo candidates (services/candidates/src/demo.ts) asked to stay in the talent pool. */
const ASKED_FOR_STORAGE_CONSENT = ['erika.mustermann@example.org', 'alex@example.com'];

async function requestStorageConsents(context: DemoContext): Promise<void> {
  const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
  const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
  const candidatesPeer = context.peer('candidates');
  const consentPeer = context.peer('consent');
  const candidates = createClient(CandidatesService, candidatesPeer.grpcAddress, { token: await candidatesPeer.token([RIGHTS.readCandidates]) });
  const consent = createClient(ConsentService, consentPeer.grpcAddress, { token: await consentPeer.token([RIGHTS.readCandidates, RIGHTS.writeCandidates]) });
  try {
    let asked = 0;
    for (const email of ASKED_FOR_STORAGE_CONSENT) {
      const [candidate] = (await unaryCall(candidates, 'FindCandidatesByEmail', { email })).candidates;
      if (!candidate || (await unaryCall(consent, 'ListConsents', { subjectId: candidate.id })).consents.length > 0) continue;
      await unaryCall(consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 });
      asked++;
    }
    context.log(`${asked} new storage-consent requests to demo candidates (${ASKED_FOR_STORAGE_CONSENT.join(', ')}); each waits in Mailpit with its link`);
  } finally {
    candidates.close();
    consent.close();
  }
}

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { MessagingService } = loadGrpcObject<MessagingProto>().lethe.messaging.v1;
  const client = createClient(MessagingService, context.grpcAddress, { token: await context.token([RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings]) });
  try {
    await unaryCall(client, 'SetUserAddress', { address: { userId: 'demo-admin', email: 'demo-admin@lethe.local', name: 'Demo Admin', language: 'de', erasureRequestNotices: true } });
    const { message } = await unaryCall(client, 'SendMessage', {
      idempotencyKey: 'demo-welcome-reminder',
      recipient: { userId: 'demo-admin' },
      templateKey: 'reminder',
      values: { text: 'Lethe ausprobieren: jede Nachricht landet in Mailpit', dueAt: 'heute' },
    });
    context.log(`a reminder to demo-admin@lethe.local (${message?.state ?? 'unknown'}); read it in Mailpit`);
  } finally {
    client.close();
  }
  await requestStorageConsents(context);
}
