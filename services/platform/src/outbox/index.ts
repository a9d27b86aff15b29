export {
  OUTBOX_FIELD,
  OUTBOX_PENDING_FIELD,
  outboxEntry,
  outboxPlugin,
  outboxRecord,
  withOutbox,
  withOutboxDoc,
  type OutboxEntry,
} from './entry';
export { OutboxRelay, type OutboxRelayOptions, type OutboxSource } from './relay';
