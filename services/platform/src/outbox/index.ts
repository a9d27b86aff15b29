export { outboxEntry, outboxPlugin, sealedOutboxEntry, withOutbox, withOutboxDoc, type OutboxEntry } from './entry';
export { type OutboxSource } from './relay';
