import { decodeJsonMessage, decodeMessage, encodeJsonMessage, encodeMessage, encodePayload, MessageCodecError, messageTypes, payloadDecoder, payloadKeyFields, toProtoJson, toTimestamp, TOPICS } from '../src';
import type { AtsApplicationSubmitted__Output, AtsCandidateUpserted__Output } from '../src';

const UPSERTED = 'lethe.ats.v1.AtsCandidateUpserted';
const SUBMITTED = 'lethe.ats.v1.AtsApplicationSubmitted';
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('the proto3 JSON mapping of integration payloads', () => {
  it('decodes into the same shape as the protobuf decoder, defaults included', () => {
    const input = {
      atsCandidateId: 'A-1',
      version: '7',
      firstName: 'Jana',
      skills: ['Kotlin', 'SQL'],
      updatedAt: toTimestamp(new Date('2026-03-01T10:00:00.250Z')),
    };
    const fromJson = decodeJsonMessage<AtsCandidateUpserted__Output>(UPSERTED, encodeJsonMessage(UPSERTED, input));
    expect(fromJson).toEqual(decodeMessage(UPSERTED, encodeMessage(UPSERTED, input)));
    expect(fromJson).toMatchObject({ atsCandidateId: 'A-1', version: '7', email: '', skills: ['Kotlin', 'SQL'], updatedAt: { seconds: '1772359200', nanos: 250_000_000 } });
  });

  it('writes every field with lowerCamelCase names, 64-bit integers as strings and timestamps in RFC 3339', () => {
    const written = toProtoJson(SUBMITTED, {
      submissionId: 's-1',
      talentId: 't-1',
      atsJobId: 'J-9',
      fields: { firstName: 'Jana' },
      submittedAt: toTimestamp(new Date('2026-03-01T10:00:00Z')),
    });
    expect(written).toEqual({
      submissionId: 's-1',
      talentId: 't-1',
      atsCandidateId: '',
      atsJobId: 'J-9',
      fields: { firstName: 'Jana' },
      comment: '',
      submittedAt: '2026-03-01T10:00:00Z',
      submittedBy: '',
    });
    expect(toProtoJson(UPSERTED, { version: 3, updatedAt: { seconds: 1, nanos: 1_000 } })).toMatchObject({ version: '3', updatedAt: '1970-01-01T00:00:01.000001Z' });
  });

  it('reads proto field names, numbers for 64-bit integers, nulls as defaults and offsets in timestamps', () => {
    const decoded = decodeJsonMessage<AtsCandidateUpserted__Output>(
      UPSERTED,
      json({ ats_candidate_id: 'A-2', version: 12, first_name: 'Kai', email: null, updated_at: '2026-03-01T12:30:00.5+02:00' }),
    );
    expect(decoded).toMatchObject({ atsCandidateId: 'A-2', version: '12', firstName: 'Kai', email: '', updatedAt: { seconds: String(Date.UTC(2026, 2, 1, 10, 30) / 1000), nanos: 500_000_000 } });
    const map = decodeJsonMessage<AtsApplicationSubmitted__Output>(SUBMITTED, json({ fields: { city: 'Köln' } }));
    expect(map.fields).toEqual({ city: 'Köln' });
  });

  it.each([
    ['not JSON', Buffer.from('{"atsCandidateId":'), 'is not JSON'],
    ['not an object', json(['A-1']), 'the value: must be a JSON object'],
    ['an unknown field', json({ atsCandidateId: 'A-1', nickname: 'x' }), 'nickname: is not a field of lethe.ats.v1.AtsCandidateUpserted'],
    ['a number for a string', json({ firstName: 42 }), 'firstName: must be a string'],
    ['a fraction for an integer', json({ version: 1.5 }), 'version: must be an integer'],
    ['an integer beyond int64', json({ version: '9223372036854775808' }), 'version: must be between'],
    ['a list that is not an array', json({ skills: 'Kotlin' }), 'skills: must be a JSON array'],
    ['a list item of the wrong type', json({ skills: ['Kotlin', 3] }), 'skills[1]: must be a string'],
    ['a date that does not exist', json({ updatedAt: '2026-02-30T10:00:00Z' }), 'updatedAt: is not a valid date and time'],
    ['a time without a zone', json({ updatedAt: '2026-03-01T10:00:00' }), 'updatedAt: must be an RFC 3339 timestamp'],
    ['a field given twice', json({ firstName: 'A', first_name: 'B' }), 'first_name: is given twice'],
  ])('refuses %s, naming the field and never the value', (_case, bytes, message) => {
    const decode = () => decodeJsonMessage(UPSERTED, bytes);
    expect(decode).toThrow(MessageCodecError);
    expect(decode).toThrow(message);
    expect(() => decode()).not.toThrow(/Kotlin|"B"/);
  });

  it('chooses the codec by the topic contract: protobuf for Lethe\'s own topics, JSON for the integration\'s', () => {
    const payload = { atsCandidateId: 'A-3', talentId: 't-3', erasedAt: toTimestamp(new Date('2026-01-01T00:00:00Z')) };
    const asJson = encodePayload('json', 'lethe.ats.v1.AtsPersonErased', payload);
    expect(JSON.parse(asJson.toString('utf8'))).toEqual({ atsCandidateId: 'A-3', talentId: 't-3', erasedAt: '2026-01-01T00:00:00Z' });
    expect(payloadDecoder('json', 'lethe.ats.v1.AtsPersonErased')(asJson)).toEqual(payloadDecoder('protobuf', 'lethe.ats.v1.AtsPersonErased')(encodePayload('protobuf', 'lethe.ats.v1.AtsPersonErased', payload)));
  });
});

describe('the integration topics', () => {
  const integration = Object.values(TOPICS).filter((topic) => topic.personalData);

  it('are the ATS topics, in JSON, with a retention of at most a week', () => {
    expect(integration.map((topic) => topic.name).sort()).toEqual(['lethe.ats.inbound.v1', 'lethe.ats.outbound.v1']);
    for (const topic of integration) {
      expect(topic.encoding).toBe('json');
      expect(topic.retentionMs).toBeLessThanOrEqual(7 * 24 * 60 * 60 * 1000);
    }
    // Lethe's own topics are protobuf and carry no personal data.
    for (const topic of Object.values(TOPICS).filter((topic) => !topic.personalData)) expect(topic.encoding ?? 'protobuf').toBe('protobuf');
  });

  it('key every event type of a topic keyed by payload fields with string fields of that type', () => {
    for (const topic of Object.values(TOPICS).filter((topic) => typeof topic.key === 'object')) {
      for (const typeName of topic.eventTypes) {
        const keys = payloadKeyFields(topic, typeName);
        expect([typeName, keys.length > 0]).toEqual([typeName, true]);
        const type = messageTypes().lookupType(typeName);
        for (const key of keys) expect([typeName, key, type.fields[key]?.type]).toEqual([typeName, key, 'string']);
      }
    }
    expect(payloadKeyFields(TOPICS.atsOutbound, 'lethe.ats.v1.AtsApplicationSubmitted')).toEqual(['atsCandidateId', 'talentId']);
    expect(payloadKeyFields(TOPICS.talentEvents, 'lethe.talents.v1.TalentCreated')).toEqual([]);
  });
});
