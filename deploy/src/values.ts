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
      // Keys: the issuers' public JWKS, and one private JWK per service named <service>-signing-key.
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
