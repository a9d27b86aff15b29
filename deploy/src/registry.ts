import { helm } from './helm';

/**
 * Lethe's services as Kubernetes sees them. Everything in the chart is generated from this list:
 * adding a service is one more entry.
 */
export interface ResourceSpec {
  requests: { cpu: string; memory: string };
  limits: { cpu: string; memory: string };
}

export interface LetheService {
  /** The workspace folder under services/ and the package @lethe/<name>. */
  name: string;
  description: string;
  grpcPort: number;
  httpPort: number;
  /** Public HTTP path prefixes served to candidates and client companies through the Ingress. */
  publicRoutes: readonly string[];
  /** Other Lethe services this one calls over gRPC (the network policies allow exactly these); a caller must have its <name>-signing-key. */
  calls: readonly string[];
  /** Whether it holds data about people and so must confirm erasure commands. */
  obeysErasure: boolean;
  /** Service-specific, non-secret configuration. */
  env: Readonly<Record<string, string>>;
  /** Service-specific secrets: variable → key in the installation's `lethe-encryption` secret (values `encryption.secret`). */
  secretEnv?: Readonly<Record<string, { valuesKey: string; defaultKey: string }>>;
  resources: ResourceSpec;
  replicas: number;
  autoscaling: { minReplicas: number; maxReplicas: number; targetCPUUtilizationPercentage: number };
  /** SHUTDOWN_TIMEOUT_MS of the service: the drain time after SIGTERM. */
  drainSeconds: number;
}

const STANDARD_RESOURCES: ResourceSpec = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } };

export const SERVICES: readonly LetheService[] = [
  {
    name: 'candidates',
    description: 'system of record for candidates, their personal data and activity log',
    grpcPort: 50051,
    httpPort: 8080,
    publicRoutes: [],
    calls: [],
    obeysErasure: true,
    env: {},
    resources: STANDARD_RESOURCES,
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 70 },
    drainSeconds: 10,
  },
  {
    name: 'retention',
    description: 'retention policies, the retention clock, erasure orchestration',
    grpcPort: 50051,
    httpPort: 8080,
    publicRoutes: [],
    calls: [],
    obeysErasure: true,
    env: {},
    // Ed25519 private key (PKCS#8 PEM) that signs erasure receipts; its public key is published.
    secretEnv: { ERASURE_RECEIPT_SIGNING_KEY: { valuesKey: 'erasureReceiptSigningKey', defaultKey: 'erasure-receipt-signing-key' } },
    resources: STANDARD_RESOURCES,
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 4, targetCPUUtilizationPercentage: 70 },
    drainSeconds: 10,
  },
  {
    name: 'consent',
    description: 'consent requests with single-use links, grants with proof, checks, the public consent pages',
    grpcPort: 50051,
    httpPort: 8080,
    publicRoutes: ['/consent'],
    calls: [],
    obeysErasure: true,
    // Links in RequestConsent responses are absolute on the public host; https makes the CSRF cookie Secure.
    env: { CONSENT_PUBLIC_URL: helm('printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host | quote') },
    resources: STANDARD_RESOURCES,
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 70 },
    drainSeconds: 10,
  },
];

export function serviceNamed(name: string): LetheService {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`no Lethe service named ${name}`);
  return service;
}
