export { SubjectCipher, type PlainValue } from './subject-cipher';
export { BlindIndex } from './blind-index';
