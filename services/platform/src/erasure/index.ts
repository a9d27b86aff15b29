export { parseErasureAck } from './acks';
export { SubjectFence } from './fence';
export { erasureResult, obeyErasureCommands, type ErasureHandler, type ErasureResult, type ValidErasureCommand } from './obey';
export { ackPublicKeysSchema, ErasureAckVerifier, ErasureSigner, ErasureVerifier, refuseErasureMessage, type SignatureRefusal, type SignedErasureMessage } from './signing';
export { Tombstones } from './tombstones';
export { ANONYMISED_NOTES, DEFAULT_ANONYMISED_NOTES, ERASURE_MODE, ERASURE_OUTCOME, type AnonymisedNotesName, type ErasureModeName, type ErasureOutcomeName } from './vocabulary';
