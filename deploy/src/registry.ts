import { RIGHTS } from '@lethe/platform/auth';
import { publicUrl } from './helm';

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
  /**
   * Other Lethe services this one calls over gRPC (the network policies allow exactly these), each
   * with the rights its service tokens carry there: the callee accepts its tokens with those rights
   * and no others (AUTH_SERVICE_CALLERS). A caller must have its <name>-signing-key.
   */
  calls: Readonly<Record<string, readonly string[]>>;
  /** Whether it holds data about people and so must confirm erasure commands. */
  obeysErasure: boolean;
  /** Service-specific, non-secret configuration. */
  env: Readonly<Record<string, string>>;
  /** Service-specific secrets: variable → key in the installation's `lethe-encryption` secret (values `encryption.secret`). */
  secretEnv?: Readonly<Record<string, { valuesKey: string; defaultKey: string }>>;
  /** Installation settings of this service: the defaults of its own top-level key in values.yaml. */
  settings?: Readonly<Record<string, unknown>>;
  /** Variables set from `settings`, in the ConfigMap: variable → path in them (`smtp.url`). */
  settingsEnv?: Readonly<Record<string, string>>;
  /**
   * Credentials from Secrets the installation may create: path in `settings` of an object with the
   * Secret's `name` and its key names → (variable → the field naming its key). All optional: without
   * the Secret or key the variable is unset, and what needs it is not configured.
   */
  settingsSecrets?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * It drives a headless Chromium: the image gets Debian's chromium and fonts, and the pod a writable
   * HOME, a larger /tmp and a memory-backed /dev/shm (deploy/Dockerfile, charts.ts).
   */
  browser?: boolean;
  /** Its public pages carry forms: it gets a CSRF key of its own (`<name>-csrf-key`, CSRF_KEY). */
  pageForms?: boolean;
  /** Destinations outside the cluster it reaches besides those every service does (values: networkPolicies.egress). */
  externalEgress?: readonly ExternalEgress[];
  resources: ResourceSpec;
  replicas: number;
  autoscaling: { minReplicas: number; maxReplicas: number; targetCPUUtilizationPercentage: number };
  /** SHUTDOWN_TIMEOUT_MS of the service: the drain time after SIGTERM. */
  drainSeconds: number;
}

/** Destinations outside the cluster that only the services listing them in `externalEgress` reach. */
export type ExternalEgress = 'smtp' | 'providers';

const STANDARD_RESOURCES: ResourceSpec = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } };

export const SERVICES: readonly LetheService[] = [
  {
    name: 'candidates',
    description: 'system of record for candidates, their personal data and activity log',
    grpcPort: 50051,
    httpPort: 8080,
    publicRoutes: [],
    calls: {},
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
    // The candidate's self-service pages (erasure request, delete now, their data), reached by links in messages.
    publicRoutes: ['/self-service'],
    pageForms: true,
    calls: {
      // The tenant's controller, named on the self-service pages (reading it needs no right); its part of a data export.
      consent: [RIGHTS.exportSubjects],
      // The data export asks every service that holds data about people for its part; a mass action
      // over a candidates search asks for the ids it selects, marked ones included (reported as skipped).
      candidates: [RIGHTS.exportSubjects, RIGHTS.readCandidates, RIGHTS.seeMarked],
      messaging: [RIGHTS.exportSubjects],
      'profile-rendering': [RIGHTS.exportSubjects],
      'talent-crm': [RIGHTS.exportSubjects],
    },
    obeysErasure: true,
    // Self-service links, issued only to messaging, are absolute on the public host.
    env: { RETENTION_PUBLIC_URL: publicUrl() },
    // Ed25519 private keys (PKCS#8 PEM) that sign erasure receipts (its public key is published) and erasure
    // commands (its public key is every service's ERASURE_COMMAND_PUBLIC_KEYS); the services' acknowledgement
    // public keys (JSON: service → SPKI PEM), which only the services' own keys sign.
    secretEnv: {
      ERASURE_RECEIPT_SIGNING_KEY: { valuesKey: 'erasureReceiptSigningKey', defaultKey: 'erasure-receipt-signing-key' },
      ERASURE_COMMAND_SIGNING_KEY: { valuesKey: 'erasureCommandSigningKey', defaultKey: 'erasure-command-signing-key' },
      ERASURE_ACK_PUBLIC_KEYS: { valuesKey: 'erasureAckPublicKeys', defaultKey: 'erasure-ack-public-keys' },
    },
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
    pageForms: true,
    calls: {},
    obeysErasure: true,
    // Links, issued only to messaging (IssueRequestLink), are absolute on the public host; https makes the CSRF cookie Secure.
    env: { CONSENT_PUBLIC_URL: publicUrl() },
    resources: STANDARD_RESOURCES,
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 70 },
    drainSeconds: 10,
  },
  {
    name: 'messaging',
    description: 'templates, email over SMTP, SMS and WhatsApp with a licence, a delivery outbox that forgets with the person',
    grpcPort: 50051,
    httpPort: 8080,
    // The unsubscribe page of campaign emails; the SMS and WhatsApp providers' delivery callbacks.
    publicRoutes: ['/unsubscribe', '/callbacks'],
    calls: {
      // Recipients' addresses, also of people marked for deletion (the messages about their erasure).
      candidates: [RIGHTS.readCandidates, RIGHTS.seeMarked],
      // Campaign consent checks; storage-consent requests for notices and the links of consent requests.
      consent: [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.issueLinks],
      // The "delete now" self-service link of notices.
      retention: [RIGHTS.issueLinks],
      // Addresses of people known only as talents; the talent-form and follow-up links of messages to them.
      'talent-crm': [RIGHTS.readTalents, RIGHTS.issueLinks],
    },
    obeysErasure: true,
    env: { MESSAGING_PUBLIC_URL: publicUrl() },
    // values.yaml `messaging:`. Email is always configured; SMS and WhatsApp only with their settings and credentials.
    settings: {
      smtp: {
        url: 'smtp://smtp.example.com:587',
        requireTls: true,
        from: 'Lethe <no-reply@lethe.example.com>',
        credentialsSecret: { name: 'lethe-smtp', usernameKey: 'username', passwordKey: 'password' },
      },
      twilio: { accountSid: '', from: '', credentialsSecret: { name: 'lethe-twilio', authTokenKey: 'auth-token' } },
      whatsapp: {
        phoneNumberId: '',
        credentialsSecret: { name: 'lethe-whatsapp', accessTokenKey: 'access-token', appSecretKey: 'app-secret', verifyTokenKey: 'verify-token' },
      },
    },
    settingsEnv: {
      SMTP_URL: 'smtp.url',
      SMTP_REQUIRE_TLS: 'smtp.requireTls',
      SMTP_FROM: 'smtp.from',
      TWILIO_ACCOUNT_SID: 'twilio.accountSid',
      TWILIO_FROM: 'twilio.from',
      WHATSAPP_PHONE_NUMBER_ID: 'whatsapp.phoneNumberId',
    },
    settingsSecrets: {
      'smtp.credentialsSecret': { SMTP_USERNAME: 'usernameKey', SMTP_PASSWORD: 'passwordKey' },
      'twilio.credentialsSecret': { TWILIO_AUTH_TOKEN: 'authTokenKey' },
      'whatsapp.credentialsSecret': { WHATSAPP_ACCESS_TOKEN: 'accessTokenKey', WHATSAPP_APP_SECRET: 'appSecretKey', WHATSAPP_VERIFY_TOKEN: 'verifyTokenKey' },
    },
    externalEgress: ['smtp', 'providers'],
    resources: STANDARD_RESOURCES,
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 70 },
    // It finishes the messages it is sending.
    drainSeconds: 30,
  },
  {
    name: 'profile-rendering',
    description: 'anonymous and clear-data profiles as HTML and PDF, consent-gated, sent through messaging, recalled',
    grpcPort: 50051,
    httpPort: 8080,
    // Clients open the profile they were sent and answer interested or not interested.
    publicRoutes: ['/profiles', '/feedback'],
    calls: {
      // The candidate's data and files, the client request; presentations and their statuses.
      candidates: [RIGHTS.readCandidates, RIGHTS.writeCandidates],
      // Clear-data consent for the client at the moment of sending.
      consent: [RIGHTS.readCandidates],
      // Profiles and recalls to the client's contact person.
      messaging: [RIGHTS.readCandidates, RIGHTS.writeCandidates],
    },
    obeysErasure: true,
    // Profile and feedback links, sent to clients through messaging, are absolute on the public host.
    env: { PROFILE_RENDERING_PUBLIC_URL: publicUrl() },
    // PDFs are printed by Chromium.
    browser: true,
    resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '2', memory: '1536Mi' } },
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 4, targetCPUUtilizationPercentage: 70 },
    // It finishes the profiles it is printing and sending.
    drainSeconds: 30,
  },
  {
    name: 'talent-crm',
    description: 'talents from four sources, pools, tags, notes, reminders, automation rules and the ATS sync over Kafka',
    grpcPort: 50051,
    httpPort: 8080,
    // The public talent forms and the follow-up form reached by a signed link.
    publicRoutes: ['/talent-forms', '/follow-up'],
    pageForms: true,
    calls: {
      // A talent made from an existing candidate copies the candidate's data.
      candidates: [RIGHTS.readCandidates],
      // Consent checks for campaigns; the storage consent a talent gives on a talent form.
      consent: [RIGHTS.readCandidates, RIGHTS.recordFormConsent],
      // Follow-up and form-details links, reminders, recruiter notifications and campaigns.
      messaging: [RIGHTS.readCandidates, RIGHTS.writeCandidates],
    },
    obeysErasure: true,
    // Talent-form and follow-up links are absolute on the public host.
    env: { TALENT_CRM_PUBLIC_URL: publicUrl() },
    resources: STANDARD_RESOURCES,
    replicas: 2,
    autoscaling: { minReplicas: 2, maxReplicas: 4, targetCPUUtilizationPercentage: 70 },
    // It finishes the import batch it is writing.
    drainSeconds: 30,
  },
];

/** The services a service calls. */
export function calleesOf(service: LetheService): string[] {
  return Object.keys(service.calls);
}

/** The services that call `callee`, each with the rights its service tokens may carry there: the callee's AUTH_SERVICE_CALLERS. */
export function serviceCallersOf(callee: string): Record<string, readonly string[]> {
  return Object.fromEntries(SERVICES.flatMap((caller) => (callee in caller.calls ? [[caller.name, caller.calls[callee]!]] : [])));
}

export function serviceNamed(name: string): LetheService {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`no Lethe service named ${name}`);
  return service;
}
