import type { ErasureAck, ErasureAck__Output } from './generated/lethe/erasure/v1/ErasureAck';
import type { ErasureCommand, ErasureCommand__Output } from './generated/lethe/erasure/v1/ErasureCommand';

/**
 * Every event payload that travels on a Lethe topic: full protobuf name → [input type, decoded type].
 * A new event is one proto message plus one line here.
 */
export interface EventTypeMap {
  'lethe.erasure.v1.ErasureCommand': [ErasureCommand, ErasureCommand__Output];
  'lethe.erasure.v1.ErasureAck': [ErasureAck, ErasureAck__Output];
}

export type EventTypeName = keyof EventTypeMap;
export type EventInput<T extends EventTypeName> = EventTypeMap[T][0];
export type EventOutput<T extends EventTypeName> = EventTypeMap[T][1];

/** A Kafka topic's contract: its name, the event types it carries and how it is partitioned. */
export interface TopicContract<T extends EventTypeName = EventTypeName> {
  readonly name: string;
  readonly eventTypes: readonly T[];
  readonly partitions: number;
  /** Record key, so that all events about one subject stay in order on one partition. */
  readonly key: 'subject' | 'tenant';
  readonly retentionMs?: number;
  readonly description: string;
}

function topic<T extends EventTypeName>(contract: TopicContract<T>): TopicContract<T> {
  return contract;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Lethe's own topics. Events on them carry ids, statuses and timestamps, never personal data. */
export const TOPICS = {
  erasureCommands: topic({
    name: 'lethe.erasure.commands.v1',
    eventTypes: ['lethe.erasure.v1.ErasureCommand'],
    partitions: 6,
    key: 'subject',
    retentionMs: 30 * DAY_MS,
    description: 'retention → every service: erase, anonymise or reduce one subject',
  }),
  erasureAcks: topic({
    name: 'lethe.erasure.acks.v1',
    eventTypes: ['lethe.erasure.v1.ErasureAck'],
    partitions: 6,
    key: 'subject',
    retentionMs: 30 * DAY_MS,
    description: 'every service → retention: the outcome of one erasure command',
  }),
} as const;

/** Dead-letter topic of a consumer group's source topic. */
export function deadLetterTopicName(sourceTopic: string, groupId: string): string {
  return `${sourceTopic}.dlq.${groupId}`;
}
