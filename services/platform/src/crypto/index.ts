export {
  DecryptionError,
  SUBJECT_KEYS_COLLECTION,
  SubjectCipher,
  SubjectShreddedError,
  type DecryptedRecord,
  type EncryptedRecord,
  type PlainValue,
  type SubjectCipherOptions,
} from './subject-cipher';
export { BlindIndex, normaliseForIndex, type BlindIndexOptions, type IndexableValue } from './blind-index';
