// Demo data for `pnpm start` (scripts/dev/start.ts): two pools and a few talents a recruiter
// created, with tags, statuses and a note, and a two-step talent form. Running it again adds nothing
// (pools by name, talents by email, the form by its title).
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type TalentProfile, type TalentStatus, type TalentsProto } from '@lethe/protos';

const POOLS = [
  { name: 'SuccessFactors_2ndBestCandidates', description: 'Zweitbeste aus Auswahlverfahren' },
  { name: 'Engineering_HighPotentials', description: 'Kandidaten, für die die Stelle zur falschen Zeit kam' },
];

interface DemoTalent {
  profile: Partial<TalentProfile> & Pick<TalentProfile, 'firstName' | 'lastName' | 'email'>;
  pools: number[];
  tags: string[];
  status: TalentStatus;
  note?: string;
}

const TALENTS: DemoTalent[] = [
  {
    profile: { firstName: 'Lena', lastName: 'Hoffmann', email: 'lena.hoffmann@example.org', city: 'München', country: 'DE', headline: 'Senior Backend Engineer', skills: ['Kotlin', 'Kafka'], interests: ['Engineering'], language: 'de' },
    pools: [0, 1],
    tags: ['zweitbeste', 'high potential'],
    status: 'TALENT_STATUS_INTERESTED',
    note: 'Hat im Finale knapp verloren; im Frühjahr wieder ansprechen.',
  },
  {
    profile: { firstName: 'Tobias', lastName: 'Krüger', email: 'tobias.krueger@example.org', city: 'Hamburg', country: 'DE', headline: 'Product Owner', availability: 'ab 2027-04', language: 'de' },
    pools: [0],
    tags: ['silbermedaillengewinner'],
    status: 'TALENT_STATUS_IN_CONTACT',
  },
  {
    profile: { firstName: 'Amira', lastName: 'Haddad', email: 'amira.haddad@example.org', city: 'Berlin', country: 'DE', headline: 'Data Scientist', skills: ['Python'], language: 'en' },
    pools: [1],
    tags: ['high potential'],
    status: 'TALENT_STATUS_NOT_AVAILABLE',
  },
];

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { TalentCrmService } = loadGrpcObject<TalentsProto>().lethe.talents.v1;
  const client = createClient(TalentCrmService, context.grpcAddress, { token: await context.token([RIGHTS.readTalents, RIGHTS.writeTalents, RIGHTS.manageSettings]) });
  try {
    const existing = new Map((await unaryCall(client, 'ListPools', {})).pools.map((pool) => [pool.name, pool.id]));
    const poolIds: string[] = [];
    for (const pool of POOLS) poolIds.push(existing.get(pool.name) ?? (await unaryCall(client, 'CreatePool', pool)).id);
    let created = 0;
    for (const talent of TALENTS) {
      const { talents } = await unaryCall(client, 'ListTalents', { filter: { email: talent.profile.email } });
      if (talents.length > 0) continue;
      const made = await unaryCall(client, 'CreateTalent', { profile: talent.profile, poolIds: talent.pools.map((index) => poolIds[index]), tags: talent.tags, status: talent.status, sourceInfo: 'Demo-Recruiterin' });
      if (talent.note) await unaryCall(client, 'AddTalentNote', { talentId: made.id, text: talent.note });
      created += 1;
    }
    context.log(`${POOLS.length} pools, ${created} new talents (${TALENTS.length} in all) from a recruiter`);
    // The two-step talent form, in the wording the seed suggests.
    const formTitle = 'Bleiben Sie mit uns in Kontakt';
    const form =
      (await unaryCall(client, 'ListTalentForms', {})).forms.find((known) => known.title === formTitle) ??
      (await unaryCall(client, 'CreateTalentForm', {
        form: {
          title: formTitle,
          description: 'Diesmal hat es nicht gepasst – beim nächsten Mal vielleicht. Wir melden uns, wenn eine passende Stelle frei wird.',
          language: 'de',
          fields: ['FORM_FIELD_LAST_RECRUITER_CONTACT', 'FORM_FIELD_INTERESTS'],
          twoStep: true,
          detailFields: ['FORM_FIELD_HEADLINE', 'FORM_FIELD_SKILLS', 'FORM_FIELD_AVAILABILITY'],
          poolIds: [poolIds[0]],
          tags: ['talentformular'],
          interestOptions: ['Engineering', 'Vertrieb', 'Finanzen', 'Personal'],
          storageConsentMonths: 24,
          active: true,
        },
      }));
    context.log(`talent form: ${context.httpUrl}/talent-forms/${form.id}`);
  } finally {
    client.close();
  }
}

