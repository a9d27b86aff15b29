import { Document, isMap, isScalar } from 'yaml';
import type { ExternalDependency } from './charts';
import { SERVICES, type ExternalEgress } from './registry';

/** Defaults of networkPolicies.egress: the dependencies on the private network, the internet for the rest. */
const EGRESS: Record<ExternalDependency | ExternalEgress, { cidr: string; port: number }> = {
  kafka: { cidr: '10.0.0.0/8', port: 9092 },
  mongodb: { cidr: '10.0.0.0/8', port: 27017 },
  keyStore: { cidr: '10.0.0.0/8', port: 27017 },
  redis: { cidr: '10.0.0.0/8', port: 6379 },
  otel: { cidr: '10.0.0.0/8', port: 4318 },
  smtp: { cidr: '0.0.0.0/0', port: 587 },
  providers: { cidr: '0.0.0.0/0', port: 443 },
};

/**
 * The chart's values.yaml: what the platform team sets per installation. Secrets are referenced
 * by name and key; the chart never creates or contains one.
 */
export function defaultValues() {
  return {
    image: { registry: 'registry.example.com/lethe', tag: '0.1.0', pullPolicy: 'IfNotPresent' },
    logLevel: 'info',
    kafka: {
      brokers: 'kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092',
      ssl: false,
      saslMechanism: '',
      credentialsSecret: { name: 'lethe-kafka', usernameKey: 'username', passwordKey: 'password' },
      topicPrefix: '',
      replicationFactor: 3,
    },
    mongodb: { uriSecret: { name: 'lethe-mongodb', key: 'uri' } },
    keyStore: { uriSecret: { name: 'lethe-key-store', key: 'key-store-uri' } },
    redis: { urlSecret: { name: 'lethe-redis', key: 'url' }, keyPrefix: '' },
    auth: {
      issuer: 'lethe',
      audience: 'lethe',
      maxTokenAgeSeconds: 86400,
      secret: { name: 'lethe-auth', jwksKey: 'jwks.json' },
    },
    encryption: {
      secret: {
        name: 'lethe-encryption',
        erasureCommandPublicKeys: 'erasure-command-public-keys',
        ...Object.fromEntries(SERVICES.flatMap((service) => Object.values(service.secretEnv ?? {}).map(({ valuesKey, defaultKey }) => [valuesKey, defaultKey]))),
      },
    },
    otel: { endpoint: '' },
    grpc: { reflection: false },
    rateLimits: { pagesPerClient: 120, pagesPerTenant: 3000, expensivePerClient: 120, expensivePerTenant: 30, windowSeconds: 60 },
    networkPolicies: {
      enabled: true,
      grpcClients: [{ podSelector: {} }],
      egress: EGRESS,
    },
    ingress: { enabled: false, className: 'nginx', host: 'lethe.example.com', accessLog: false, trustedProxies: 1, tls: { enabled: true, secretName: 'lethe-public-tls' } },
    ...Object.fromEntries(SERVICES.flatMap((service) => (service.settings ? [[service.name, service.settings]] : []))),
    services: Object.fromEntries(
      SERVICES.map((service) => [
        service.name,
        { enabled: true, replicas: service.replicas, resources: service.resources, autoscaling: { enabled: true, ...service.autoscaling } },
      ]),
    ),
  };
}

/** What values.yaml explains above a key (by its path), where the key's name does not say enough. */
const COMMENTS: Record<string, string> = {
  'kafka.credentialsSecret': [
    'Each service has a Kafka principal of its own: keys <service>-<usernameKey> and <service>-<passwordKey>',
    '(candidates-username, candidates-password, …), so ACLs can hold each to its topics: only retention',
    'writes lethe.erasure.commands.v1, every service writes lethe.erasure.acks.v1.',
  ].join('\n'),
  'encryption.secret': [
    'Besides the keys named here: <service>-erasure-ack-signing-key for every service, the Ed25519 private',
    'key (PKCS#8 PEM) its erasure acknowledgements are signed with; erasureAckPublicKeys holds their public',
    'keys (JSON: service → SPKI PEM). erasureCommandPublicKeys: the public key(s) of erasureCommandSigningKey.',
    '<service>-key-encryption-keys for every service: its KEK ring, id:base64key,… (each key 32 random bytes,',
    'openssl rand -base64 32, never shared between services); the first wraps new data keys, the others only',
    'unwrap what they still wrap. Rotate: put a new key first, roll out, run `keys rewrap`, and once `keys status`',
    'says the old KEK wraps nothing, remove it.',
    'And, each 32 random bytes in base64 (openssl rand -base64 32) and different for every service:',
    '<service>-blind-index-key and <service>-cache-mac-key for every service; <service>-csrf-key for',
    `${SERVICES.filter((service) => service.pageForms).map((service) => service.name).join(', ')}, whose public pages carry forms.`,
  ].join('\n'),
  'keyStore.uriSecret': [
    "Each service's key store, apart from its data: key <service>-<key> (candidates-key-store-uri, …), a",
    'mongodb:// URI naming its database (…/lethe-keys-candidates), of a user whose role reaches only that',
    'database, with credentials of its own. It holds the wrapped per-person data keys and the erasure',
    'tombstones. Back it up with a SHORT window (e.g. continuous backups kept 7 days, no long-term archive):',
    "an erased person's data stays readable in a data backup only as long as some key-store backup still",
    'holds their key. Never restore it together with the data database: after restoring the data database,',
    'run `keys reapply-erasures` against the live key store.',
  ].join('\n'),
  'networkPolicies.egress.keyStore': 'Where the key stores are (another MongoDB deployment, or the same one as mongodb).',
  'mongodb.uriSecret': [
    'Each service logs in to MongoDB as a user of its own: key <service>-<key> (candidates-uri, …), a',
    'mongodb:// URI of a user whose role reaches only its own database (lethe_candidates, lethe_talent_crm, …).',
  ].join('\n'),
  'auth.secret': [
    "Keys: jwksKey, the public JWKS of the identity provider's keys and of the services' keys; and",
    '<service>-signing-key, a private JWK with kid "service:<service>", for each service that calls',
    'other Lethe services (registry `calls`), which it must have; the other services use theirs only',
    'when the key is there. A key with kid "service:<name>" signs only that service\'s service tokens;',
    "every other key is the identity provider's and signs only users' and candidates' tokens.",
  ].join('\n'),
  'ingress.accessLog': [
    'The controller\'s access log of the public pages (ingress-nginx: the enable-access-log annotation).',
    'Off: the links people are sent carry their token in the query string, and an access log would keep',
    'it. With another controller, switch its access log off for this Ingress, or log the path without the query.',
  ].join('\n'),
  'redis.keyPrefix': [
    "Begins every Redis key of the installation, so installations sharing a Redis keep apart (and an ACL",
    "on `~<prefix>:*` can hold each to its own). Empty: kafka.topicPrefix followed by `lethe`.",
  ].join('\n'),
  'auth.audience': [
    "The installation's audience: a token is accepted by a service only when its aud names",
    '<audience>/<service> (lethe/candidates, …); the identity provider names every service a token is for.',
  ].join('\n'),
  'auth.maxTokenAgeSeconds': "How long after it was issued a user's token is accepted, whatever its exp (service tokens: 10 minutes).",
  rateLimits: [
    'Counted in Redis per window of windowSeconds, shared by the replicas. pages: requests to the public pages',
    'per client address and per tenant (a link or form counts against its tenant); expensive: data exports, mass',
    'actions, talent imports and exports per calling address and per tenant. Over the limit: HTTP 429 with',
    'Retry-After, gRPC RESOURCE_EXHAUSTED (reason RATE_LIMITED) with a retry-after trailer.',
  ].join('\n'),
  'ingress.trustedProxies': 'Proxies in front of the pods (the ingress controller: 1) whose X-Forwarded-For names the client the page limits count.',
  'grpc.reflection': 'gRPC server reflection: lets anyone who reaches a gRPC port list and describe every API. Off in production.',
  'networkPolicies.egress': [
    'CIDR and port of each destination outside the cluster: kafka, mongodb, redis and otel for every',
    "service; smtp and providers (the SMS and WhatsApp providers' HTTPS APIs) for messaging only.",
  ].join('\n'),
  'networkPolicies.egress.smtp': 'The internet by default: narrow it to your SMTP server or relay, on the port of messaging.smtp.url.',
  'networkPolicies.egress.providers': [
    "The internet by default: narrow it to the providers' address ranges, or route the traffic through",
    'an egress proxy or gateway and give its CIDR and port here.',
  ].join('\n'),
  messaging: [
    'The messaging service. Email goes through the SMTP server; SMS (Twilio) and WhatsApp (Meta',
    'Cloud API) are configured only when their settings and credentials are given. Credentials come',
    'from Secrets the installation creates, referenced by name and key; each is optional.',
  ].join('\n'),
  'messaging.smtp.url': 'smtp://host:587 (STARTTLS) or smtps://host:465 (TLS from the start); egress.smtp must admit its port.',
  'messaging.smtp.requireTls': 'Refuse to send unless the server offers STARTTLS; keep it on in production.',
  'messaging.smtp.from': 'The sender of tenants that set none.',
  'messaging.smtp.credentialsSecret': 'Not needed for a server that takes mail without a login.',
  'messaging.twilio': 'SMS: the account SID and the sender number (E.164); the auth token from credentialsSecret.',
  'messaging.whatsapp': [
    "WhatsApp: the business phone number's id; from credentialsSecret the access token, the app secret",
    '(checks the signature of delivery callbacks) and the verify token (of the webhook subscription).',
  ].join('\n'),
  'networkPolicies.grpcClients': [
    "NetworkPolicy peers (podSelector, namespaceSelector, ipBlock) admitted to every service's gRPC",
    'port from outside Lethe, e.g. the recruiter UI backend and reporting. Default: every pod in the',
    "release's namespace. Narrow it to those callers' labels, or add a namespaceSelector for callers",
    'elsewhere; [] admits only the Lethe services that call each other.',
  ].join('\n'),
};

/** values.yaml: the default values with the comments above. */
export function valuesYaml(): string {
  const document = new Document(defaultValues());
  for (const [path, comment] of Object.entries(COMMENTS)) {
    const keys = path.split('.');
    const parent = document.getIn(keys.slice(0, -1));
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1)) : undefined;
    if (!pair || !isScalar(pair.key)) throw new Error(`values.yaml has no ${path} to comment on`);
    pair.key.commentBefore = comment.replace(/^/gm, ' ');
  }
  return document.toString();
}
