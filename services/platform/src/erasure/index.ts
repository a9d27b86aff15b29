export { SubjectFence, type ReapplyErasure, type SubjectFenceOptions, type SubjectRef } from './fence';
export { skipErasedSubjects } from './filter';
export { erasureResult, obeyErasureCommands, parseErasureCommand, reapplyErasure, type ErasureHandler, type ErasureResult, type ObeyErasureOptions, type ValidErasureCommand } from './obey';
export { Tombstones, type Tombstone, type TombstonesOptions } from './tombstones';
export {
  ANONYMISED_NOTES,
  DEFAULT_ANONYMISED_NOTES,
  ERASURE_MODE,
  ERASURE_OUTCOME,
  type AnonymisedNotesName,
  type ErasureModeName,
  type ErasureOutcomeName,
} from './vocabulary';
