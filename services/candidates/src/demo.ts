// Demo data for `pnpm start` (scripts/dev/start.ts): candidates of the demo tenant at every stage of
// the application status catalogue, a client with a contact person and an open request, and the
// client's job they applied to. Running it again adds nothing: candidates are found by email,
// the client, its contact, request and job by name, and each candidate's application by its job.
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type CandidateInput, type CandidatesProto, type RecruitingProto } from '@lethe/protos';

/** Each candidate applied to the demo job and stands at one status of the catalogue. */
const DEMO_CANDIDATES: { candidate: CandidateInput; statusKey: string }[] = [
  {
    candidate: {
      personal: { salutation: 'Frau', firstName: 'Erika', lastName: 'Mustermann', dateOfBirth: '1988-03-14', email: 'erika.mustermann@example.org', address: { zip: '10115', city: 'Berlin', country: 'DE' }, skills: ['TypeScript', 'Kafka'] },
      tags: ['silver-medalist'],
      source: 'job_board',
    },
    statusKey: 'interview',
  },
  {
    candidate: {
      personal: { salutation: 'Herr', firstName: 'Max', lastName: 'Beispiel', dateOfBirth: '1992-11-02', email: 'max.beispiel@example.org', address: { zip: '80331', city: 'München', country: 'DE' }, skills: ['Java'] },
      tags: ['talent-pool'],
      source: 'referral',
    },
    statusKey: 'talent_pool',
  },
  {
    candidate: {
      personal: { firstName: 'Alex', lastName: 'Example', email: 'alex@example.com', address: { city: 'Wien', country: 'AT' }, skills: ['Go', 'Kubernetes'], languages: ['de', 'en'] },
      tags: ['silver-medalist', 'senior'],
      source: 'career_site',
    },
    statusKey: 'offer',
  },
  { candidate: { personal: { salutation: 'Frau', firstName: 'Sabine', lastName: 'Neu', email: 'sabine.neu@example.org', address: { city: 'Köln', country: 'DE' }, skills: ['SQL'] }, tags: [], source: 'career_site' }, statusKey: 'received' },
  { candidate: { personal: { salutation: 'Herr', firstName: 'Jonas', lastName: 'Prüfer', email: 'jonas.pruefer@example.org', address: { city: 'Leipzig', country: 'DE' }, skills: ['Python'] }, tags: [], source: 'job_board' }, statusKey: 'in_review' },
  { candidate: { personal: { salutation: 'Frau', firstName: 'Mia', lastName: 'Eingestellt', email: 'mia.eingestellt@example.org', address: { city: 'Hamburg', country: 'DE' }, skills: ['Kotlin'] }, tags: [], source: 'referral' }, statusKey: 'hired' },
  { candidate: { personal: { salutation: 'Herr', firstName: 'Paul', lastName: 'Absage', email: 'paul.absage@example.org', address: { city: 'Dresden', country: 'DE' }, skills: ['PHP'] }, tags: [], source: 'job_board' }, statusKey: 'rejected' },
  { candidate: { personal: { firstName: 'Kim', lastName: 'Zurück', email: 'kim.zurueck@example.org', address: { city: 'Bremen', country: 'DE' }, skills: ['Rust'] }, tags: [], source: 'career_site' }, statusKey: 'withdrawn' },
];

export const DEMO_CLIENT = { name: 'Beispiel AG', contact: { salutation: 'Herr', firstName: 'Max', lastName: 'Kontakt', position: 'Leiter Personal', email: 'max.kontakt@beispiel-ag.example', phone: '+49 30 5550100' }, request: 'Leitung Backend-Entwicklung', job: 'Backend Engineer (m/w/d)' };

type RecruitingClient = InstanceType<RecruitingProto['lethe']['candidates']['v1']['RecruitingService']>;

/** The demo client with its contact person, open request and job, each made unless it exists. */
export async function ensureDemoClient(recruiting: RecruitingClient) {
  const client = (await unaryCall(recruiting, 'ListClients', {})).clients.find((known) => known.name === DEMO_CLIENT.name) ?? (await unaryCall(recruiting, 'CreateClient', { name: DEMO_CLIENT.name }));
  const contact =
    (await unaryCall(recruiting, 'ListContactPersons', { clientId: client.id })).contactPersons.find((known) => known.contact?.email === DEMO_CLIENT.contact.email) ??
    (await unaryCall(recruiting, 'CreateContactPerson', { contact: { clientId: client.id, ...DEMO_CLIENT.contact } }));
  const request =
    (await unaryCall(recruiting, 'ListClientRequests', { clientId: client.id })).clientRequests.find((known) => known.title === DEMO_CLIENT.request) ??
    (await unaryCall(recruiting, 'CreateClientRequest', { clientId: client.id, contactPersonId: contact.id, title: DEMO_CLIENT.request }));
  const job = (await unaryCall(recruiting, 'ListJobs', { clientId: client.id })).jobs.find((known) => known.title === DEMO_CLIENT.job) ?? (await unaryCall(recruiting, 'CreateJob', { title: DEMO_CLIENT.job, location: 'Berlin', clientId: client.id }));
  return { client, contact, request, job };
}

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { CandidatesService, RecruitingService } = loadGrpcObject<CandidatesProto & RecruitingProto>().lethe.candidates.v1;
  const token = await context.token([RIGHTS.readCandidates, RIGHTS.writeCandidates]);
  const candidates = createClient(CandidatesService, context.grpcAddress, { token });
  const recruiting = createClient(RecruitingService, context.grpcAddress, { token });
  try {
    const { request, job } = await ensureDemoClient(recruiting);
    context.log(`client ${DEMO_CLIENT.name} with contact person ${DEMO_CLIENT.contact.email}, request "${request.title}", job "${job.title}"`);

    let created = 0;
    let applied = 0;
    for (const { candidate, statusKey } of DEMO_CANDIDATES) {
      let id: string;
      try {
        id = (await unaryCall(candidates, 'CreateCandidate', { candidate })).candidate!.id;
        created++;
      } catch (err) {
        if (readErrorDetails(err).code !== grpc.status.ALREADY_EXISTS) throw err;
        id = (await unaryCall(candidates, 'FindCandidatesByEmail', { email: candidate.personal!.email! })).candidates[0].id;
      }
      if ((await unaryCall(recruiting, 'ListApplications', { candidateId: id, jobId: job.id })).applications.length > 0) continue;
      await unaryCall(recruiting, 'CreateApplication', { candidateId: id, jobId: job.id, statusKey });
      applied++;
    }
    context.log(`${created} demo candidates created, ${DEMO_CANDIDATES.length - created} there already; ${applied} new applications, one at each status`);
  } finally {
    candidates.close();
    recruiting.close();
  }
}
