import { generateKeyPairSync } from 'node:crypto';
import type { ErasureCommand } from '@lethe/protos';
import { ErasureSigner } from '../erasure/signing';

export interface TestKeyPair {
  /** PKCS#8 PEM. */
  privateKeyPem: string;
  /** SPKI PEM. */
  publicKeyPem: string;
}

/** A fresh Ed25519 key pair. */
export function ed25519KeyPair(): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

// One set per process: every service a test starts obeys the retention it starts, and that
// retention knows the acknowledgement key of every service it waits for.
const commandKey = ed25519KeyPair();
const commandSigner = new ErasureSigner(commandKey.privateKeyPem);
const ackKeys = new Map<string, TestKeyPair>();

/** The erasure protocol's keys of the services under test. */
export const testErasureKeys = {
  /** Retention's command-signing key. */
  command: commandKey,
  /** A service's acknowledgement key. */
  ackOf(service: string): TestKeyPair {
    let pair = ackKeys.get(service);
    if (!pair) ackKeys.set(service, (pair = ed25519KeyPair()));
    return pair;
  },
  /** A command signed as retention signs it, for tests that issue commands themselves. */
  signCommand(command: ErasureCommand): ErasureCommand {
    return commandSigner.sign('lethe.erasure.v1.ErasureCommand', command);
  },
  /**
   * The erasure protocol's configuration of a service named `service`: retention's public key, its
   * own acknowledgement key, and (read by retention) the command-signing key and the acknowledgement
   * keys of `erasureServices`.
   */
  env(service: string, erasureServices: readonly string[] = []): Record<string, string> {
    return {
      ERASURE_COMMAND_PUBLIC_KEYS: commandKey.publicKeyPem,
      ERASURE_ACK_SIGNING_KEY: this.ackOf(service).privateKeyPem,
      ERASURE_COMMAND_SIGNING_KEY: commandKey.privateKeyPem,
      ERASURE_ACK_PUBLIC_KEYS: JSON.stringify(Object.fromEntries(erasureServices.map((name) => [name, this.ackOf(name).publicKeyPem]))),
    };
  },
};
