import { Document, isMap, isScalar } from 'yaml';
import { EXTERNAL_DEPENDENCIES } from './charts';
import { SERVICES } from './registry';

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
    redis: { urlSecret: { name: 'lethe-redis', key: 'url' } },
    auth: {
      issuer: 'lethe',
      audience: 'lethe',
      secret: { name: 'lethe-auth', jwksKey: 'jwks.json' },
    },
    encryption: {
      secret: {
        name: 'lethe-encryption',
        keyEncryptionKey: 'key-encryption-key',
        blindIndexKey: 'blind-index-key',
        ...Object.fromEntries(SERVICES.flatMap((service) => Object.values(service.secretEnv ?? {}).map(({ valuesKey, defaultKey }) => [valuesKey, defaultKey]))),
      },
    },
    otel: { endpoint: '' },
    networkPolicies: {
      enabled: true,
      grpcClients: [{ podSelector: {} }],
      egress: Object.fromEntries(
        EXTERNAL_DEPENDENCIES.map((dependency) => [dependency, { cidr: '10.0.0.0/8', port: { kafka: 9092, mongodb: 27017, redis: 6379, otel: 4318 }[dependency] }]),
      ),
    },
    ingress: { enabled: false, className: 'nginx', host: 'lethe.example.com', tls: { enabled: true, secretName: 'lethe-public-tls' } },
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
  'auth.secret': [
    "Keys: jwksKey, the issuers' public JWKS; and <service>-signing-key, a private JWK, for each",
    'service that calls other Lethe services (registry `calls`), which it must have; the other',
    'services use theirs only when the key is there.',
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
