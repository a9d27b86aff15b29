export { createKafka, Kafka } from './client';
export { EventBus } from './bus';
export type { EventFilter, SubscribeOptions, Subscription } from './subscription';
export { ProcessedEventStore } from './processed-events';
export { encodeEvent } from './records';
export { type ConsumedEvent, type PublishEvent, type TopicEventType } from './events';
