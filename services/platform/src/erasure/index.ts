export { Tombstones, type ErasureModeName, type Tombstone, type TombstonesOptions } from './tombstones';
export {
  ANONYMISED_NOTES,
  anonymisedNotesName,
  obeyErasureCommands,
  parseErasureCommand,
  type AnonymisedNotesName,
  type ErasureHandler,
  type ErasureResult,
  type ObeyErasureOptions,
  type ValidErasureCommand,
} from './obey';
