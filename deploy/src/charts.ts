import { ApiObject, App, Chart, JsonPatch } from 'cdk8s';
import { k8s } from 'cdk8s-plus-31';
import type { Construct } from 'constructs';
import { helm, releaseScoped, renderedIf, serviceValues, settingsValues } from './helm';
import { calleesOf, SERVICES, serviceCallersOf, serviceNamed, type LetheService } from './registry';

const GRPC_PORT_NAME = 'grpc';
const HTTP_PORT_NAME = 'http';
const RUN_AS_USER = 10001;
/** NetworkPolicy peers outside Lethe (UI backend, reporting) admitted to every service's gRPC port. */
const GRPC_CLIENTS = '.Values.networkPolicies.grpcClients';
/** Reached outside the cluster's Lethe pods by every service (others only by those listing them: registry `externalEgress`); each has a CIDR and port in values. */
const EXTERNAL_DEPENDENCIES = ['kafka', 'mongodb', 'keyStore', 'redis', 'otel'] as const;
export type ExternalDependency = (typeof EXTERNAL_DEPENDENCIES)[number];

function labels(service: LetheService): Record<string, string> {
  return { 'app.kubernetes.io/name': service.name, 'app.kubernetes.io/part-of': 'lethe', 'app.kubernetes.io/instance': helm('.Release.Name') };
}

function selector(service: LetheService): Record<string, string> {
  return { 'app.kubernetes.io/name': service.name, 'app.kubernetes.io/instance': helm('.Release.Name') };
}

function secretEnv(name: string, secret: string, key: string, optional = false): k8s.EnvVar {
  return { name, valueFrom: { secretKeyRef: { name: helm(secret), key: helm(key), optional } } };
}

/** The optional credentials of the service's own settings (registry `settingsSecrets`). */
function settingsSecretEnv(service: LetheService): k8s.EnvVar[] {
  return Object.entries(service.settingsSecrets ?? {}).flatMap(([secret, keys]) =>
    Object.entries(keys).map(([variable, keyField]) => secretEnv(variable, settingsValues(service.name, `.${secret}.name`), settingsValues(service.name, `.${secret}.${keyField}`), true)),
  );
}

/** The writable /tmp of a pod whose root filesystem is read-only. */
const TMP_SIZE = '64Mi';
/**
 * A service that drives Chromium (registry `browser`) keeps its profile, crash reports and font
 * cache under HOME=/tmp, and its shared memory in a memory-backed /dev/shm (the runtime gives 64 MB,
 * too little; the volume counts against the memory limit) or, with --disable-dev-shm-usage, in /tmp.
 */
const BROWSER_TMP_SIZE = '512Mi';
const BROWSER_SHM_SIZE = '256Mi';

/** The writable places of a service's container beside its read-only root filesystem. */
function filesystemOf(service: LetheService): { volumes: k8s.Volume[]; mounts: k8s.VolumeMount[]; env: k8s.EnvVar[] } {
  const tmp: k8s.Volume = { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString(service.browser ? BROWSER_TMP_SIZE : TMP_SIZE) } };
  const tmpMount: k8s.VolumeMount = { name: 'tmp', mountPath: '/tmp' };
  if (!service.browser) return { volumes: [tmp], mounts: [tmpMount], env: [] };
  return {
    volumes: [tmp, { name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: k8s.Quantity.fromString(BROWSER_SHM_SIZE) } }],
    mounts: [tmpMount, { name: 'shm', mountPath: '/dev/shm' }],
    env: [{ name: 'HOME', value: '/tmp' }],
  };
}

/** A service's name as the prefix of an environment variable: upper case, `-` → `_`. */
const variablePrefix = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** Non-secret configuration of a service; secrets are referenced from the Deployment. */
function configOf(service: LetheService): Record<string, string> {
  const erasureServices = SERVICES.filter((candidate) => candidate.obeysErasure).map((candidate) => candidate.name);
  return {
    SERVICE_NAME: service.name,
    LOG_LEVEL: helm('.Values.logLevel | quote'),
    GRPC_PORT: String(service.grpcPort),
    HTTP_PORT: String(service.httpPort),
    KAFKA_BROKERS: helm('.Values.kafka.brokers | quote'),
    KAFKA_SSL: helm('.Values.kafka.ssl | quote'),
    KAFKA_SASL_MECHANISM: helm('.Values.kafka.saslMechanism | quote'),
    KAFKA_TOPIC_PREFIX: helm('.Values.kafka.topicPrefix | quote'),
    KAFKA_REPLICATION_FACTOR: helm('.Values.kafka.replicationFactor | quote'),
    REDIS_KEY_PREFIX: helm('.Values.redis.keyPrefix | quote'),
    AUTH_ISSUER: helm('.Values.auth.issuer | quote'),
    AUTH_AUDIENCE: helm('.Values.auth.audience | quote'),
    AUTH_MAX_TOKEN_AGE_SECONDS: helm('.Values.auth.maxTokenAgeSeconds | quote'),
    // The Lethe services that call this one, and the rights each one's service tokens may carry here.
    AUTH_SERVICE_CALLERS: JSON.stringify(serviceCallersOf(service.name)),
    GRPC_REFLECTION: helm('.Values.grpc.reflection | quote'),
    RATE_LIMIT_PAGES_PER_CLIENT: helm('.Values.rateLimits.pagesPerClient | quote'),
    RATE_LIMIT_PAGES_PER_TENANT: helm('.Values.rateLimits.pagesPerTenant | quote'),
    RATE_LIMIT_EXPENSIVE_PER_CLIENT: helm('.Values.rateLimits.expensivePerClient | quote'),
    RATE_LIMIT_EXPENSIVE_PER_TENANT: helm('.Values.rateLimits.expensivePerTenant | quote'),
    RATE_LIMIT_WINDOW_SECONDS: helm('.Values.rateLimits.windowSeconds | quote'),
    // The public pages are reached through the ingress controller: its X-Forwarded-For names the client.
    HTTP_TRUSTED_PROXIES: helm('.Values.ingress.trustedProxies | quote'),
    OTEL_EXPORTER_OTLP_ENDPOINT: helm('.Values.otel.endpoint | quote'),
    SHUTDOWN_TIMEOUT_MS: String(service.drainSeconds * 1000),
    ERASURE_SERVICES: erasureServices.join(','),
    ...Object.fromEntries(calleesOf(service).map((callee) => [`${variablePrefix(callee)}_GRPC_ADDRESS`, `${releaseScoped(callee)}:${serviceNamed(callee).grpcPort}`])),
    ...Object.fromEntries(Object.entries(service.settingsEnv ?? {}).map(([variable, setting]) => [variable, helm(`${settingsValues(service.name, `.${setting}`)} | quote`)])),
    ...service.env,
  };
}

/** Everything one service needs in the cluster, from its registry entry. */
export class ServiceChart extends Chart {
  constructor(scope: Construct, service: LetheService) {
    super(scope, service.name, { disableResourceNameHashes: true });
    const name = releaseScoped(service.name);
    const enabled = serviceValues(service.name, '.enabled');
    const meta = { name, labels: labels(service), annotations: renderedIf(enabled) };
    const values = (path: string) => serviceValues(service.name, path);
    const quantity = (path: string) => k8s.Quantity.fromString(helm(`${values(path)} | quote`));
    const filesystem = filesystemOf(service);

    new k8s.KubeServiceAccount(this, 'service-account', { metadata: meta, automountServiceAccountToken: false });

    new k8s.KubeConfigMap(this, 'config', { metadata: meta, data: configOf(service) });

    const deployment = new k8s.KubeDeployment(this, 'deployment', {
      metadata: meta,
      spec: {
        replicas: service.replicas,
        selector: { matchLabels: selector(service) },
        template: {
          metadata: { labels: labels(service) },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: false,
            // The drain time plus room for the last connections to close.
            terminationGracePeriodSeconds: service.drainSeconds + 5,
            securityContext: { runAsNonRoot: true, runAsUser: RUN_AS_USER, runAsGroup: RUN_AS_USER, fsGroup: RUN_AS_USER, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: service.name,
                image: helm(`printf "%s/${service.name}:%s" .Values.image.registry (.Values.image.tag | toString) | quote`),
                imagePullPolicy: helm('.Values.image.pullPolicy | quote'),
                ports: [
                  { name: GRPC_PORT_NAME, containerPort: service.grpcPort, protocol: 'TCP' },
                  { name: HTTP_PORT_NAME, containerPort: service.httpPort, protocol: 'TCP' },
                ],
                envFrom: [{ configMapRef: { name } }],
                env: [
                  // A database login per service, so MongoDB's roles hold each to its own database.
                  secretEnv('MONGODB_URI', '.Values.mongodb.uriSecret.name', `printf "%s-%s" "${service.name}" .Values.mongodb.uriSecret.key`),
                  secretEnv('REDIS_URL', '.Values.redis.urlSecret.name', '.Values.redis.urlSecret.key'),
                  // A Kafka principal per service, so the cluster's ACLs hold each to its own topics (only retention writes erasure commands).
                  secretEnv('KAFKA_SASL_USERNAME', '.Values.kafka.credentialsSecret.name', `printf "%s-%s" "${service.name}" .Values.kafka.credentialsSecret.usernameKey`, true),
                  secretEnv('KAFKA_SASL_PASSWORD', '.Values.kafka.credentialsSecret.name', `printf "%s-%s" "${service.name}" .Values.kafka.credentialsSecret.passwordKey`, true),
                  secretEnv('AUTH_JWKS', '.Values.auth.secret.name', '.Values.auth.secret.jwksKey'),
                  // Only a service that calls others signs service tokens; the rest start without a key.
                  secretEnv('AUTH_SIGNING_KEY', '.Values.auth.secret.name', `printf "%s-signing-key" "${service.name}"`, calleesOf(service).length === 0),
                  // The service's own KEK ring, and its key store: a database apart from its data, with a login of its own.
                  secretEnv('KEY_ENCRYPTION_KEYS', '.Values.encryption.secret.name', `printf "%s-key-encryption-keys" "${service.name}"`),
                  secretEnv('KEY_STORE_URI', '.Values.keyStore.uriSecret.name', `printf "%s-%s" "${service.name}" .Values.keyStore.uriSecret.key`),
                  // Keys of the service's own: no service computes or checks another's blind indexes or cached values.
                  secretEnv('BLIND_INDEX_KEY', '.Values.encryption.secret.name', `printf "%s-blind-index-key" "${service.name}"`),
                  // The erasure protocol: retention's public keys its commands are verified against, and the service's own key its acknowledgements are signed with.
                  secretEnv('ERASURE_COMMAND_PUBLIC_KEYS', '.Values.encryption.secret.name', '.Values.encryption.secret.erasureCommandPublicKeys'),
                  secretEnv('ERASURE_ACK_SIGNING_KEY', '.Values.encryption.secret.name', `printf "%s-erasure-ack-signing-key" "${service.name}"`),
                  secretEnv('CACHE_MAC_KEY', '.Values.encryption.secret.name', `printf "%s-cache-mac-key" "${service.name}"`),
                  ...(service.pageForms ? [secretEnv('CSRF_KEY', '.Values.encryption.secret.name', `printf "%s-csrf-key" "${service.name}"`)] : []),
                  ...Object.entries(service.secretEnv ?? {}).map(([variable, { valuesKey }]) => secretEnv(variable, '.Values.encryption.secret.name', `.Values.encryption.secret.${valuesKey}`)),
                  ...settingsSecretEnv(service),
                  ...filesystem.env,
                ],
                securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
                // Boot: until /readyz says every dependency is connected. Then the gRPC health
                // service: '' is NOT_SERVING while dependencies are away or when draining, and
                // 'liveness' answers as long as the process does.
                startupProbe: { httpGet: { path: '/readyz', port: k8s.IntOrString.fromString(HTTP_PORT_NAME) }, periodSeconds: 5, failureThreshold: 60 },
                readinessProbe: { grpc: { port: service.grpcPort, service: '' }, periodSeconds: 5, failureThreshold: 2 },
                livenessProbe: { grpc: { port: service.grpcPort, service: 'liveness' }, periodSeconds: 10, failureThreshold: 3 },
                resources: {
                  requests: { cpu: quantity('.resources.requests.cpu'), memory: quantity('.resources.requests.memory') },
                  limits: { cpu: quantity('.resources.limits.cpu'), memory: quantity('.resources.limits.memory') },
                },
                volumeMounts: filesystem.mounts,
              },
            ],
            volumes: filesystem.volumes,
          },
        },
      },
    });
    ApiObject.of(deployment).addJsonPatch(JsonPatch.replace('/spec/replicas', helm(values('.replicas'))));

    new k8s.KubeService(this, 'service', {
      metadata: meta,
      spec: {
        selector: selector(service),
        ports: [
          { name: GRPC_PORT_NAME, port: service.grpcPort, targetPort: k8s.IntOrString.fromString(GRPC_PORT_NAME), appProtocol: 'grpc' },
          { name: HTTP_PORT_NAME, port: service.httpPort, targetPort: k8s.IntOrString.fromString(HTTP_PORT_NAME), appProtocol: 'http' },
        ],
      },
    });

    new k8s.KubePodDisruptionBudget(this, 'disruption-budget', {
      metadata: meta,
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: selector(service) } },
    });

    const autoscaler = new k8s.KubeHorizontalPodAutoscalerV2(this, 'autoscaler', {
      metadata: { ...meta, annotations: renderedIf(enabled, values('.autoscaling.enabled')) },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: service.autoscaling.minReplicas,
        maxReplicas: service.autoscaling.maxReplicas,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: service.autoscaling.targetCPUUtilizationPercentage } } }],
      },
    });
    ApiObject.of(autoscaler).addJsonPatch(
      JsonPatch.replace('/spec/minReplicas', helm(values('.autoscaling.minReplicas'))),
      JsonPatch.replace('/spec/maxReplicas', helm(values('.autoscaling.maxReplicas'))),
      JsonPatch.replace('/spec/metrics/0/resource/target/averageUtilization', helm(values('.autoscaling.targetCPUUtilizationPercentage'))),
    );

    this.networkPolicy(service, { ...meta, annotations: renderedIf(enabled, '.Values.networkPolicies.enabled') });
    this.grpcClientsPolicy(service, { ...meta, name: releaseScoped(`${service.name}-grpc-clients`), annotations: renderedIf(enabled, '.Values.networkPolicies.enabled', GRPC_CLIENTS) });
  }

  /**
   * In: gRPC from the callers outside Lethe (values: networkPolicies.grpcClients), added to the
   * default-deny policy. A policy of its own so an empty list renders no rule: a rule with no
   * peers would admit every source.
   */
  private grpcClientsPolicy(service: LetheService, meta: k8s.ObjectMeta): void {
    const spec = k8s.toJson_NetworkPolicySpec({
      podSelector: { matchLabels: selector(service) },
      policyTypes: ['Ingress'],
      ingress: [{ from: [], ports: [{ port: k8s.IntOrString.fromNumber(service.grpcPort), protocol: 'TCP' }] }],
    });
    // A plain ApiObject: KubeNetworkPolicy would convert the patched-in peers, which are a template, once more.
    const policy = new ApiObject(this, 'grpc-clients-policy', { ...k8s.KubeNetworkPolicy.GVK, metadata: meta, spec });
    policy.addJsonPatch(JsonPatch.replace('/spec/ingress/0/from', helm(`toJson ${GRPC_CLIENTS}`)));
  }

  /**
   * Default deny; in: gRPC from the services that call this one (callers outside Lethe:
   * grpcClientsPolicy), HTTP from the ingress controller for public routes and from monitoring;
   * out: DNS, Kafka, MongoDB, Redis, the OTel collector, the services this one calls and the
   * destinations outside the cluster its registry entry lists (`externalEgress`).
   */
  private networkPolicy(service: LetheService, meta: k8s.ObjectMeta): void {
    const callers = SERVICES.filter((candidate) => calleesOf(candidate).includes(service.name));
    const ingress: k8s.NetworkPolicyIngressRule[] = [
      { from: [{ namespaceSelector: {}, podSelector: {} }], ports: [{ port: k8s.IntOrString.fromNumber(service.httpPort), protocol: 'TCP' }] },
    ];
    if (callers.length > 0) {
      ingress.push({
        from: callers.map((caller) => ({ podSelector: { matchLabels: selector(caller) } })),
        ports: [{ port: k8s.IntOrString.fromNumber(service.grpcPort), protocol: 'TCP' }],
      });
    }
    const egress: k8s.NetworkPolicyEgressRule[] = [
      { to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: k8s.IntOrString.fromNumber(53), protocol: 'UDP' }, { port: k8s.IntOrString.fromNumber(53), protocol: 'TCP' }] },
      // Where the external destinations are is the platform team's to say (values: networkPolicies.egress).
      ...[...EXTERNAL_DEPENDENCIES, ...(service.externalEgress ?? [])].map((destination) => ({
        to: [{ ipBlock: { cidr: helm(`.Values.networkPolicies.egress.${destination}.cidr | quote`) } }],
        ports: [{ port: k8s.IntOrString.fromString(helm(`.Values.networkPolicies.egress.${destination}.port`)), protocol: 'TCP' }],
      })),
      ...calleesOf(service).map(serviceNamed).map((callee) => ({
        to: [{ podSelector: { matchLabels: selector(callee) } }],
        ports: [{ port: k8s.IntOrString.fromNumber(callee.grpcPort), protocol: 'TCP' }],
      })),
    ];
    new k8s.KubeNetworkPolicy(this, 'network-policy', {
      metadata: meta,
      spec: { podSelector: { matchLabels: selector(service) }, policyTypes: ['Ingress', 'Egress'], ingress, egress },
    });
  }
}

/**
 * ingress-nginx's switch for the access log of one Ingress. Links to the public pages carry their
 * token in the query string, and the controller's access log records the whole request line: off
 * unless values set `ingress.accessLog`.
 */
export const ACCESS_LOG_ANNOTATION = 'nginx.ingress.kubernetes.io/enable-access-log';

/** The one Ingress for the public pages (consent, feedback, self-service) of every service that has some. */
export class PublicIngressChart extends Chart {
  constructor(scope: Construct, services: readonly LetheService[]) {
    super(scope, 'public-ingress', { disableResourceNameHashes: true });
    const routes = services.flatMap((service) => service.publicRoutes.map((route) => ({ service, route })));
    if (routes.length === 0) return;
    const withTls = (tls: boolean) =>
      new k8s.KubeIngress(this, tls ? 'ingress-tls' : 'ingress', {
        metadata: {
          name: releaseScoped('public'),
          labels: { 'app.kubernetes.io/part-of': 'lethe', 'app.kubernetes.io/instance': helm('.Release.Name') },
          annotations: {
            ...renderedIf('.Values.ingress.enabled', tls ? '.Values.ingress.tls.enabled' : 'not .Values.ingress.tls.enabled'),
            [ACCESS_LOG_ANNOTATION]: helm('ternary "true" "false" (.Values.ingress.accessLog | default false) | quote'),
          },
        },
        spec: {
          ingressClassName: helm('.Values.ingress.className | quote'),
          tls: tls ? [{ hosts: [helm('.Values.ingress.host | quote')], secretName: helm('.Values.ingress.tls.secretName | quote') }] : undefined,
          rules: [
            {
              host: helm('.Values.ingress.host | quote'),
              http: {
                paths: routes.map(({ service, route }) => ({
                  path: route,
                  pathType: 'Prefix',
                  backend: { service: { name: releaseScoped(service.name), port: { number: service.httpPort } } },
                })),
              },
            },
          ],
        },
      });
    withTls(true);
    withTls(false);
  }
}

export function buildApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  for (const service of SERVICES) new ServiceChart(app, service);
  new PublicIngressChart(app, SERVICES);
  return app;
}
