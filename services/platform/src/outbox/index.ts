export { outboxEntry, outboxPlugin, withOutbox, withOutboxDoc, type OutboxEntry } from './entry';
export { type OutboxSource } from './relay';
