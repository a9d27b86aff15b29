// Demo data for `pnpm start` (scripts/dev/start.ts): a handful of candidates of the demo tenant.
// Running it again adds nothing: candidates that exist already are reported as duplicates.
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type CandidateInput, type CandidatesProto } from '@lethe/protos';

const DEMO_CANDIDATES: CandidateInput[] = [
  {
    personal: { salutation: 'Frau', firstName: 'Erika', lastName: 'Mustermann', dateOfBirth: '1988-03-14', email: 'erika.mustermann@example.org', address: { zip: '10115', city: 'Berlin', country: 'DE' }, skills: ['TypeScript', 'Kafka'] },
    tags: ['silver-medalist'],
    source: 'job_board',
  },
  {
    personal: { salutation: 'Herr', firstName: 'Max', lastName: 'Beispiel', dateOfBirth: '1992-11-02', email: 'max.beispiel@example.org', address: { zip: '80331', city: 'München', country: 'DE' }, skills: ['Java'] },
    tags: ['talent-pool'],
    source: 'referral',
  },
  {
    personal: { firstName: 'Alex', lastName: 'Example', email: 'alex@example.com', address: { city: 'Wien', country: 'AT' }, skills: ['Go', 'Kubernetes'], languages: ['de', 'en'] },
    tags: ['silver-medalist', 'senior'],
    source: 'career_site',
  },
];

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
  const client = createClient(CandidatesService, context.grpcAddress, { token: await context.token([RIGHTS.readCandidates, RIGHTS.writeCandidates]) });
  let created = 0;
  try {
    for (const candidate of DEMO_CANDIDATES) {
      try {
        await unaryCall(client, 'CreateCandidate', { candidate });
        created++;
      } catch (err) {
        if (readErrorDetails(err).code !== grpc.status.ALREADY_EXISTS) throw err;
      }
    }
  } finally {
    client.close();
  }
  context.log(`${created} demo candidates created, ${DEMO_CANDIDATES.length - created} there already`);
}
