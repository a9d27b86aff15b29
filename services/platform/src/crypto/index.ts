export { SubjectCipher, type PlainValue, type RewrapProgress } from './subject-cipher';
export { KekRing, KekRingError, UnknownKekError, type Kek } from './kek-ring';
export { BlindIndex } from './blind-index';
export { ed25519PrivateKeySchema, ed25519PublicKeys, ed25519PublicKeysSchema, keyIdOf } from './ed25519';
export { ContentKey } from './content-key';
