import path from 'node:path';
import { allProtoFiles, PROTO_ROOT, decodeMessage, encodeMessage, lethePackageDefinition, MessageCodecError, messageDecoder, messageTypes, protoEnum, subjectFieldsOf, subjectIdsIn, toTimestamp, fromTimestamp, TOPICS } from '../src';
import type { ErasureCommand__Output } from '../src';

describe('@lethe/protos', () => {
  it('loads every proto file under versioned lethe packages', () => {
    const files = allProtoFiles();
    expect(files).toContain('lethe/erasure/v1/erasure.proto');
    for (const file of files.filter((f) => f.startsWith('lethe/'))) {
      expect(file).toMatch(/^lethe\/[a-z_]+\/v\d+\//);
    }
    const definition = lethePackageDefinition();
    expect(Object.keys(definition)).toEqual(expect.arrayContaining(['lethe.erasure.v1.ErasureCommand', 'lethe.session.v1.SessionService']));
  });

  it('finds the proto files from the compiled package too (services run dist/src in production)', async () => {
    // The whole test suite builds first (scripts/test.sh), so dist/ is there.
    const compiled = (await import(path.join(__dirname, '..', 'dist', 'src', 'loader.js'))) as typeof import('../src/loader');
    expect(compiled.PROTO_ROOT).toBe(PROTO_ROOT);
    expect(compiled.allProtoFiles()).toEqual(allProtoFiles());
  });

  it('round-trips an event payload with the loader options (string enums, string longs, defaults)', () => {
    const issuedAt = new Date('2026-03-01T10:00:00.123Z');
    const bytes = encodeMessage('lethe.erasure.v1.ErasureCommand', {
      commandId: 'c1',
      tenantId: 't1',
      subjectId: 's1',
      mode: 'ERASURE_MODE_REDUCE',
      keepFields: ['firstName', 'lastName'],
      issuedAt: toTimestamp(issuedAt),
    });
    const decoded = decodeMessage<ErasureCommand__Output>('lethe.erasure.v1.ErasureCommand', bytes);
    expect(decoded).toMatchObject({ commandId: 'c1', mode: 'ERASURE_MODE_REDUCE', reason: 'ERASURE_REASON_UNSPECIFIED', attempt: 0 });
    expect(decoded.keepFields).toEqual(['firstName', 'lastName']);
    expect(typeof decoded.issuedAt?.seconds).toBe('string');
    expect(fromTimestamp(decoded.issuedAt)?.toISOString()).toBe(issuedAt.toISOString());
  });

  it('decodes timestamps with string seconds across the whole int64 range', () => {
    const TIMESTAMP = 'google.protobuf.Timestamp';
    const seconds = ['1795976734', '-62135596800', '253402300799', '9007199254740991', '-9007199254740991', '9007199254740992', '9007199254740993', '-9007199254740993', '-1', '4294967296'];
    for (const value of seconds) {
      expect(decodeMessage(TIMESTAMP, encodeMessage(TIMESTAMP, { seconds: value, nanos: 123 }))).toEqual({ seconds: value, nanos: 123 });
    }
    // Absent fields take their defaults, in the event and on its own.
    expect(decodeMessage(TIMESTAMP, encodeMessage(TIMESTAMP, {}))).toEqual({ seconds: '0', nanos: 0 });
    const ack = decodeMessage<{ completedAt: unknown }>('lethe.erasure.v1.ErasureAck', encodeMessage('lethe.erasure.v1.ErasureAck', { completedAt: { nanos: 5 } }));
    expect(ack.completedAt).toEqual({ seconds: '0', nanos: 5 });
    // Other conversion options are protobufjs's own (the generated decoders serve the loader options only).
    const type = messageTypes().lookupType(TIMESTAMP);
    expect(type.toObject(type.decode(encodeMessage(TIMESTAMP, { seconds: '-62135596800', nanos: 1 })), { longs: Number })).toEqual({ seconds: -62135596800, nanos: 1 });
    expect(messageDecoder(TIMESTAMP)).toBe(messageDecoder(TIMESTAMP));
  });

  it('rejects unknown types and malformed bytes with a codec error', () => {
    expect(() => encodeMessage('lethe.nope.v1.Nothing', {})).toThrow(MessageCodecError);
    expect(() => decodeMessage('lethe.erasure.v1.ErasureCommand', Buffer.from([0xff, 0xff, 0xff]))).toThrow(MessageCodecError);
  });

  it('declares every topic event type as a loadable message', () => {
    for (const topic of Object.values(TOPICS)) {
      expect(topic.name).toMatch(/^lethe\.[a-z.]+\.v\d+$/);
      for (const type of topic.eventTypes) expect(() => encodeMessage(type, {})).not.toThrow();
    }
  });

  it('names the fields of every event that hold a person id, so consumers can drop events about erased people', () => {
    // Every declared field is a string field of its event, and every field that by its name holds a person's id is declared.
    expect(subjectFieldsOf('lethe.candidates.v1.CandidateMerged')).toEqual(['keptCandidateId', 'mergedCandidateId']);
    expect(subjectIdsIn('lethe.candidates.v1.CandidateMerged', { keptCandidateId: 'k1', mergedCandidateId: '' })).toEqual(['k1']);
    // A digest lists many people; it is not about any one of them.
    expect(subjectFieldsOf('lethe.retention.v1.OwnerNoticeDigest')).toEqual([]);
    for (const topic of Object.values(TOPICS)) {
      for (const typeName of topic.eventTypes) {
        const type = messageTypes().lookupType(typeName);
        // An ATS's own candidate ids are not Lethe's subject ids.
        const personIds = type.fieldsArray.filter((field) => field.type === 'string' && !field.repeated && /^(subjectId|talentId|\w*[cC]andidateId)$/.test(field.name) && !field.name.startsWith('ats'));
        expect([typeName, [...subjectFieldsOf(typeName)].sort()]).toEqual([typeName, personIds.map((field) => field.name).sort()]);
        if (topic.key === 'subject') expect([typeName, subjectFieldsOf(typeName).length]).not.toEqual([typeName, 0]);
      }
    }
  });

  it('maps enum names both ways, leaving UNSPECIFIED and unknown values unnamed', () => {
    const mode = protoEnum({ delete: 'ERASURE_MODE_DELETE', reduce: 'ERASURE_MODE_REDUCE' } as const);
    expect(mode.toProto('reduce')).toBe('ERASURE_MODE_REDUCE');
    expect(mode.fromProto('ERASURE_MODE_DELETE')).toBe('delete');
    expect(mode.fromProto('ERASURE_MODE_UNSPECIFIED')).toBeUndefined();
    expect(mode.fromProto('toString')).toBeUndefined();
    expect(mode.names).toEqual(['delete', 'reduce']);
  });
});
