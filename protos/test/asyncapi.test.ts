import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as protobuf from 'protobufjs';
import { parse } from 'yaml';
import { encodeJsonMessage, messageTypes, payloadKeyFields, toTimestamp, TOPICS, type EventTypeName } from '../src';

const FILE = path.join(__dirname, '..', 'asyncapi', 'ats.yaml');
const text = fs.readFileSync(FILE, 'utf8');

type Schema = { $ref?: string; type?: string | string[]; format?: string; items?: Schema; additionalProperties?: Schema | boolean; properties?: Record<string, Schema>; required?: string[] };
interface Doc {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }>; bindings: { kafka: { partitions: number; topicConfiguration: Record<string, number> } } }>;
  components: { messages: Record<string, { name: string; payload: Schema; bindings?: { kafka: { key: Schema } } }>; schemas: Record<string, Schema> };
}
const doc = parse(text) as Doc;

/** Follows a local `$ref` (`#/components/...`). */
function resolve<T>(value: T | { $ref: string }): T {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) return value as T;
  return resolve(ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc) as T);
}

/** What JSON a proto field is in the proto3 JSON mapping, as a short name. */
function protoKind(field: protobuf.Field): string {
  field.resolve();
  const single = (): string => {
    if (field.resolvedType instanceof protobuf.Type) return field.resolvedType.fullName === '.google.protobuf.Timestamp' ? 'timestamp' : 'object';
    if (field.resolvedType instanceof protobuf.Enum) return 'string';
    if (['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64'].includes(field.type)) return 'int64';
    if (field.type === 'bool') return 'boolean';
    if (['string', 'bytes'].includes(field.type)) return 'string';
    return 'number';
  };
  if (field.map) return `map<${single()}>`;
  return field.repeated ? `array<${single()}>` : single();
}

/** The same short name for a JSON schema. */
function schemaKind(given: Schema): string {
  const schema = resolve(given);
  const types = ([] as string[]).concat(schema.type ?? []);
  if (schema.format === 'date-time') return 'timestamp';
  if (types.includes('string') && types.includes('integer')) return 'int64';
  if (types.includes('array')) return `array<${schemaKind(schema.items!)}>`;
  if (types.includes('object') && typeof schema.additionalProperties === 'object') return `map<${schemaKind(schema.additionalProperties)}>`;
  return types.join('|');
}

const integrationTopics = Object.values(TOPICS).filter((topic) => topic.personalData);

function validator(messageName: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: doc.components }, 'ats.yaml');
  return ajv.getSchema(`ats.yaml#/components/messages/${messageName}/payload`)!;
}

describe('the AsyncAPI document of the ATS topics (protos/asyncapi/ats.yaml)', () => {
  it('is a valid AsyncAPI 3.0 document', async () => {
    const { document, diagnostics } = await new Parser().parse(text);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
  });

  it('fails on an invalid document, so CI would catch one', async () => {
    const broken = text.replace('action: receive', 'action: listen');
    const { diagnostics } = await new Parser().parse(broken);
    expect(diagnostics.some((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)).toBe(true);
  });

  it('describes each integration topic as protos/src/topics.ts declares it: name, messages, partitions, retention, keys', () => {
    const channels = Object.values(doc.channels);
    for (const topic of integrationTopics) {
      const channel = channels.find((candidate) => candidate.address === topic.name);
      expect(channel).toBeDefined();
      const names = Object.values(channel!.messages).map((message) => resolve<{ name: string }>(message).name);
      expect(names.map((name) => `lethe.ats.v1.${name}`).sort()).toEqual([...topic.eventTypes].sort());
      expect(channel!.bindings.kafka.partitions).toBe(topic.partitions);
      expect(channel!.bindings.kafka.topicConfiguration['retention.ms']).toBe(topic.retentionMs);
      for (const name of names) {
        const key = resolve(doc.components.messages[name].bindings!.kafka.key) as Schema & { description: string };
        for (const field of payloadKeyFields(topic, `lethe.ats.v1.${name}` as EventTypeName)) expect([name, key.description]).toEqual([name, expect.stringContaining(field)]);
      }
    }
  });

  it('has payload schemas with exactly the fields of the proto messages, each of its JSON mapping', () => {
    for (const topic of integrationTopics) {
      for (const typeName of topic.eventTypes) {
        const type = messageTypes().lookupType(typeName);
        const payload = resolve(doc.components.messages[type.name].payload);
        const fromProto = Object.fromEntries(type.fieldsArray.map((field) => [field.name, protoKind(field)]));
        const fromSchema = Object.fromEntries(Object.entries(payload.properties ?? {}).map(([name, schema]) => [name, schemaKind(schema)]));
        expect([typeName, fromSchema]).toEqual([typeName, fromProto]);
        for (const required of payload.required ?? []) expect([typeName, required in fromProto]).toEqual([typeName, true]);
      }
    }
  });

  it('accepts what Lethe writes and what an ATS sends, and refuses fields Lethe does not know', () => {
    const submitted = JSON.parse(
      encodeJsonMessage('lethe.ats.v1.AtsApplicationSubmitted', {
        submissionId: 's-1',
        talentId: 't-1',
        atsJobId: 'J-1',
        fields: { firstName: 'Jana' },
        submittedAt: toTimestamp(new Date()),
        submittedBy: 'recruiter-1',
      }).toString(),
    );
    const validSubmitted = validator('AtsApplicationSubmitted');
    expect(validSubmitted(submitted)).toBe(true);
    expect(validSubmitted({ ...submitted, fields: { firstName: 3 } })).toBe(false);
    const erased = JSON.parse(encodeJsonMessage('lethe.ats.v1.AtsPersonErased', { atsCandidateId: 'A-1', talentId: 't-1', erasedAt: toTimestamp(new Date()) }).toString());
    expect(validator('AtsPersonErased')(erased)).toBe(true);

    const validUpsert = validator('AtsCandidateUpserted');
    const upsert = { atsCandidateId: 'A-1', version: '2', firstName: 'Jana', lastName: 'Novak', skills: ['SQL'], updatedAt: '2026-03-01T10:00:00Z' };
    expect(validUpsert(upsert)).toBe(true);
    expect(validUpsert({ ...upsert, version: 2 })).toBe(true);
    expect(validUpsert({ ...upsert, nickname: 'J' })).toBe(false);
    expect(validUpsert({ ...upsert, updatedAt: 'yesterday' })).toBe(false);
    expect(validUpsert({ atsCandidateId: 'A-1', version: '2' })).toBe(false);
  });
});
