export { SubjectCipher, type PlainValue } from './subject-cipher';
export { BlindIndex } from './blind-index';
export { ed25519PrivateKeySchema, ed25519PublicKeys, ed25519PublicKeysSchema, keyIdOf } from './ed25519';
