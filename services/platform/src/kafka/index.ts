export { createKafka, destroyKafkaSockets, pinoLogCreator, Kafka, type KafkaOptions } from './client';
export { EventBus, type EventBusOptions, type TopicSpec } from './bus';
export type { EventFilter, SubscribeOptions, Subscription } from './subscription';
export { PartitionLedger, ProcessedEventStore, type ProcessedEventStoreOptions } from './processed-events';
export { encodeEvent, type EncodedEvent } from './records';
export {
  CONTENT_TYPE_PROTOBUF,
  DLQ_HEADERS,
  HEADERS,
  InvalidEventError,
  isPermanentFailure,
  type ConsumedEvent,
  type ConsumedEventOf,
  type EncodedRecord,
  type EventEnvelope,
  type PublishEvent,
  type TopicEventType,
} from './events';
