import { generateKeyPairSync } from 'node:crypto';
import { uniqueName } from '@lethe/platform/testkit';

/** The receipt signing key pair of the test installation; tests verify receipts with `publicKeyPem`. */
const pair = generateKeyPairSync('ed25519');
export const RECEIPT_KEYS = {
  privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};

/** Environment shared by the retention and candidates services of one test file: own topics, the receipt key. */
export function retentionTestEnv(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { KAFKA_TOPIC_PREFIX: `${uniqueName(name)}.`, ERASURE_RECEIPT_SIGNING_KEY: RECEIPT_KEYS.privateKeyPem, ...extra };
}
