import { createConnection, mongo } from 'mongoose';
import { talentModel, type TalentDoc } from './model';
import { EMPTY_PROFILE } from './profile';
import type { NewTalent } from './talent';
import { newTalentDoc } from './talents';

const NOW = new Date('2026-03-01T10:00:00Z');

function built(input: Partial<NewTalent> = {}, emailIndex: string | null = 'email-token', causedByRuleId?: string): TalentDoc {
  return newTalentDoc({
    tenantId: 'tenant-1',
    actorId: 'alice',
    id: 'talent-1',
    input: { profile: { ...EMPTY_PROFILE, email: 'erika@example.org' }, source: 'excel-import', sourceInfo: 'talents.xlsx', poolIds: [], tags: [], ...input },
    profile: { firstName: 'v1:k:s:iv:body', email: 'v1:k:s:iv:body2' },
    emailIndex,
    now: NOW,
    causedByRuleId,
  });
}

/** The document as mongoose would insert it: hydrated (cast, defaults applied) and back to plain data. */
function asMongooseStoresIt(Talent: ReturnType<typeof talentModel>, doc: TalentDoc): Record<string, unknown> {
  const hydrated = new Talent(doc);
  expect(hydrated.validateSync()).toBeUndefined();
  return hydrated.toObject({ depopulate: true, virtuals: false, getters: false, versionKey: true, transform: false });
}

describe('a new talent as stored (inserted in bulk without mongoose casting it)', () => {
  const connection = createConnection();
  const Talent = talentModel(connection);
  afterAll(() => connection.close());

  it('is valid and exactly what mongoose would insert: every path set, nothing left to cast or default', () => {
    const variants: TalentDoc[] = [
      built(),
      built({ poolIds: ['pool-1', 'pool-1'], tags: [' Silver ', 'silver'], status: 'in-contact', detailsPending: true }, null),
      built({ source: 'ats-sync', sourceInfo: 'ATS', recruiterId: 'bob', atsCandidateId: 'A-1', atsVersion: 3 }),
      built({ source: 'recruiter', tags: ['silver'] }, 'email-token', 'rule-1'),
    ];
    for (const doc of variants) {
      const stored = asMongooseStoresIt(Talent, doc);
      // The same bytes on the wire: the same paths in the same order, of the same types.
      expect(Buffer.from(mongo.BSON.serialize(doc)).equals(mongo.BSON.serialize(stored))).toBe(true);
    }
  });

  it('carries its TalentCreated in the outbox and the triggers of its pools and tags', () => {
    const doc = built({ poolIds: ['pool-1'], tags: ['silver'] });
    expect(doc.outbox).toHaveLength(1);
    expect(doc.outbox![0]).toMatchObject({ type: 'lethe.talents.v1.TalentCreated', tenantId: 'tenant-1', subjectId: 'talent-1', key: 'talent-1' });
    expect(doc.outboxPending).toBe(true);
    expect(doc.triggers.map((trigger) => trigger.kind).sort()).toEqual(['pool-joined', 'tag-added', 'talent-created']);
    expect(doc.triggersPending).toBe(true);
    expect(doc.recruiterId).toBe('alice');
  });

  it('is refused by the schema when a required path is missing, as the bulk insert checks', () => {
    const { status: _status, ...withoutStatus } = built();
    expect(new Talent(withoutStatus).validateSync()?.errors.status).toBeDefined();
  });
});
