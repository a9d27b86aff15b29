// Demo data for `pnpm start` (scripts/dev/start.ts): pools and a few talents a recruiter created,
// with tags, statuses, a note and a reminder, an automation rule that puts every talent the ATS
// sends into its own pool, and a two-step talent form. Running it again adds nothing (pools by
// name, talents by email, the rule by its name, the reminder by its talent, the form by its title).
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type TalentProfile, type TalentStatus, type TalentsProto } from '@lethe/protos';

/** The pool the demo's automation rule puts every talent from the ATS into. */
export const ATS_POOL = 'ATS_Import';
export const ATS_RULE = 'ATS-Talente in den ATS-Pool';

export const ATS_POOL_DEFINITION = { name: ATS_POOL, description: 'Aus dem Bewerbermanagementsystem übernommen' };

const POOLS = [
  { name: 'SuccessFactors_2ndBestCandidates', description: 'Zweitbeste aus Auswahlverfahren' },
  { name: 'Engineering_HighPotentials', description: 'Kandidaten, für die die Stelle zur falschen Zeit kam' },
  ATS_POOL_DEFINITION,
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

type TalentCrmClient = InstanceType<TalentsProto['lethe']['talents']['v1']['TalentCrmService']>;

/** The pools' ids, each pool made unless one of its name exists. */
export async function ensurePools(client: TalentCrmClient, pools: readonly { name: string; description: string }[]): Promise<string[]> {
  const existing = new Map((await unaryCall(client, 'ListPools', {})).pools.map((pool) => [pool.name, pool.id]));
  const poolIds: string[] = [];
  for (const pool of pools) poolIds.push(existing.get(pool.name) ?? (await unaryCall(client, 'CreatePool', pool)).id);
  return poolIds;
}

/** The automation rule that puts every talent the ATS sends into the pool, made unless it exists. */
export async function ensureAtsRule(client: TalentCrmClient, atsPoolId: string) {
  return (
    (await unaryCall(client, 'ListRules', {})).rules.find((known) => known.name === ATS_RULE) ??
    (await unaryCall(client, 'CreateRule', {
      rule: {
        name: ATS_RULE,
        trigger: 'RULE_TRIGGER_TALENT_CREATED',
        filter: { sources: ['TALENT_SOURCE_ATS_SYNC'] },
        actions: [
          { kind: 'RULE_ACTION_KIND_ADD_TO_POOL', value: atsPoolId },
          { kind: 'RULE_ACTION_KIND_ADD_TAG', value: 'ats' },
        ],
        enabled: true,
      },
    }))
  );
}

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { TalentCrmService } = loadGrpcObject<TalentsProto>().lethe.talents.v1;
  const client = createClient(TalentCrmService, context.grpcAddress, { token: await context.token([RIGHTS.readTalents, RIGHTS.writeTalents, RIGHTS.manageSettings]) });
  try {
    const poolIds = await ensurePools(client, POOLS);
    let created = 0;
    for (const talent of TALENTS) {
      const { talents } = await unaryCall(client, 'ListTalents', { filter: { email: talent.profile.email } });
      if (talents.length > 0) continue;
      const made = await unaryCall(client, 'CreateTalent', { profile: talent.profile, poolIds: talent.pools.map((index) => poolIds[index]), tags: talent.tags, status: talent.status, sourceInfo: 'Demo-Recruiterin' });
      if (talent.note) await unaryCall(client, 'AddTalentNote', { talentId: made.id, text: talent.note });
      created += 1;
    }
    context.log(`${POOLS.length} pools, ${created} new talents (${TALENTS.length} in all) from a recruiter`);
    const rule = await ensureAtsRule(client, poolIds[POOLS.findIndex((pool) => pool.name === ATS_POOL)]);
    context.log(`automation rule "${rule.name}": every talent the ATS sends joins the pool ${ATS_POOL}, tagged "ats"`);
    const [first] = (await unaryCall(client, 'ListTalents', { filter: { email: TALENTS[0].profile.email } })).talents;
    if (first && (await unaryCall(client, 'ListReminders', { talentId: first.id })).reminders.length === 0) {
      await unaryCall(client, 'CreateReminder', { talentId: first.id, inMonths: 3, text: 'Im Frühjahr wieder ansprechen' });
    }
    context.log(`a reminder to contact ${TALENTS[0].profile.firstName} ${TALENTS[0].profile.lastName} again in three months`);
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

