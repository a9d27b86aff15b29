import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Testing } from 'cdk8s';
import { parse, parseAllDocuments } from 'yaml';
import { ConfigMap, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { parseServiceCallers, RIGHTS } from '@lethe/platform/auth';
import { baseConfigSchema, ConfigError, loadConfig } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { consentService } from '@lethe/consent/src/service';
import { messagingService } from '@lethe/messaging/src/service';
import { profileRenderingService } from '@lethe/profile-rendering/src/service';
import { retentionService } from '@lethe/retention/src/service';
import { talentCrmService } from '@lethe/talent-crm/src/service';
import { ServiceChart } from '../src/charts';
import { helm } from '../src/helm';
import { calleesOf, SERVICES, serviceNamed, type LetheService } from '../src/registry';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CHART = path.join(REPO_ROOT, 'charts', 'lethe');
const HELM = path.join(process.env.LETHE_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'lethe'), 'bin', 'helm');
const VALUES = path.join(__dirname, 'values');
const run = promisify(execFile);

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: Record<string, unknown>; data?: Record<string, string> };

/** Offline schema validation of every kind the chart renders (JSON schemas bundled in kubernetes-models). */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
};

/** Renders the chart with values files (in test/values) and values given inline (path → value). */
async function render(release: string, ...values: (string | Record<string, unknown>)[]): Promise<{ manifests: Manifest[]; text: string }> {
  const args = [
    'template',
    release,
    CHART,
    ...values.flatMap((source) =>
      typeof source === 'string' ? ['--values', path.join(VALUES, source)] : Object.entries(source).flatMap(([key, value]) => ['--set-json', `${key}=${JSON.stringify(value)}`]),
    ),
  ];
  const { stdout } = await run(HELM, args, { maxBuffer: 16 * 1024 * 1024 });
  const manifests = parseAllDocuments(stdout)
    .map((doc) => doc.toJSON() as Manifest | null)
    .filter((doc): doc is Manifest => doc !== null);
  return { manifests, text: stdout };
}

const ofKind = (manifests: Manifest[], kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const named = (manifests: Manifest[], kind: string, name: string) => ofKind(manifests, kind).find((manifest) => manifest.metadata.name === name);

type SecretKeyRef = { name: string; key: string; optional: boolean };
type Container = {
  securityContext: Record<string, unknown>;
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  readinessProbe: { grpc?: { port: number; service?: string } };
  livenessProbe: { grpc?: { port: number; service?: string } };
  startupProbe: { httpGet?: { path: string } };
  env: { name: string; value?: string; valueFrom?: { secretKeyRef?: SecretKeyRef } }[];
  envFrom: { configMapRef: { name: string } }[];
  image: string;
  volumeMounts: { name: string; mountPath: string }[];
};
type PodSpec = {
  securityContext: Record<string, unknown>;
  containers: Container[];
  terminationGracePeriodSeconds: number;
  volumes: { name: string; emptyDir?: { medium?: string; sizeLimit?: string } }[];
};
const podOf = (deployment: Manifest) => (deployment.spec as { template: { spec: PodSpec } }).template.spec;

const VALUE_FILES = [[], ['minimal.yaml'], ['all-features.yaml']];

type EgressRule = { to: { podSelector?: { matchLabels?: Record<string, string> }; ipBlock?: { cidr: string } }[]; ports: { port: number; protocol: string }[] };
type NetworkPolicySpec = {
  podSelector: { matchLabels: Record<string, string> };
  ingress: { from?: unknown[]; ports?: { port: number; protocol: string }[] }[];
  egress: EgressRule[];
};
const policiesOf = (manifests: Manifest[]) => ofKind(manifests, 'NetworkPolicy').map((policy) => policy.spec as NetworkPolicySpec);

/** The peers of each rule, over all the service's policies, that admit its gRPC port. */
function grpcPeers(manifests: Manifest[], service: LetheService): unknown[][] {
  return policiesOf(manifests)
    .filter((policy) => policy.podSelector.matchLabels['app.kubernetes.io/name'] === service.name)
    .flatMap((policy) => policy.ingress)
    .filter((rule) => rule.ports?.some((port) => port.port === service.grpcPort))
    .map((rule) => rule.from ?? []);
}

const secretRefsOf = (deployment: Manifest): (SecretKeyRef & { variable: string })[] =>
  podOf(deployment).containers.flatMap((container) =>
    container.env.flatMap(({ name, valueFrom }) => (valueFrom?.secretKeyRef ? [{ variable: name, ...valueFrom.secretKeyRef }] : [])),
  );

/** What each service's pod checks its environment against at boot. */
const CONFIG_SCHEMAS: Record<string, Parameters<typeof loadConfig>[0]> = Object.fromEntries(
  [candidatesService, retentionService, consentService, messagingService, profileRenderingService, talentCrmService].map((definition) => [definition.name, definition.configSchema ?? baseConfigSchema]),
);

/** The erasure protocol's keys: retention's command-signing pair, an acknowledgement key of every service. */
const COMMAND_KEY = generateKeyPairSync('ed25519');
const ACK_KEY = generateKeyPairSync('ed25519');
const pemOf = (pair: ReturnType<typeof generateKeyPairSync>) => ({
  privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
});

/** Stand-ins, valid in form, for the secrets a pod is given. */
const SECRET_STAND_INS: Record<string, string> = {
  MONGODB_URI: 'mongodb://mongodb.example.org:27017/?replicaSet=rs0',
  REDIS_URL: 'rediss://redis.example.org:6379',
  AUTH_JWKS: '{"keys":[]}',
  KEY_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  KEY_STORE_URI: 'mongodb://keys.example.org:27017/lethe-keys?replicaSet=rs0',
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  CACHE_MAC_KEY: randomBytes(32).toString('base64'),
  CSRF_KEY: randomBytes(32).toString('base64'),
  ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ERASURE_COMMAND_SIGNING_KEY: pemOf(COMMAND_KEY).privateKeyPem,
  ERASURE_COMMAND_PUBLIC_KEYS: pemOf(COMMAND_KEY).publicKeyPem,
  ERASURE_ACK_SIGNING_KEY: pemOf(ACK_KEY).privateKeyPem,
  ERASURE_ACK_PUBLIC_KEYS: JSON.stringify(Object.fromEntries(SERVICES.map((service) => [service.name, pemOf(ACK_KEY).publicKeyPem]))),
  // Optional secrets: present when the installation configures what needs them (the guide creates them).
  TWILIO_AUTH_TOKEN: 'twilio-auth-token',
  WHATSAPP_ACCESS_TOKEN: 'whatsapp-access-token',
  WHATSAPP_APP_SECRET: 'whatsapp-app-secret',
  WHATSAPP_VERIFY_TOKEN: 'whatsapp-verify-token',
};

/**
 * Per service, what its config schema refuses in the environment the chart gives its pod: the
 * ConfigMap, plain values, and stand-ins for its secrets — those it must have, and the optional
 * ones a configured feature needs ([] when the pod would start).
 */
function configProblems(manifests: Manifest[], standIns: Record<string, string> = SECRET_STAND_INS): Record<string, string[]> {
  return Object.fromEntries(
    ofKind(manifests, 'Deployment').map((deployment) => {
      const name = deployment.metadata.labels?.['app.kubernetes.io/name'] ?? '';
      const [container] = podOf(deployment).containers;
      const env: Record<string, string | undefined> = Object.assign(
        {},
        ...container.envFrom.map(({ configMapRef }) => ofKind(manifests, 'ConfigMap').find((map) => map.metadata.name === configMapRef.name)?.data),
        ...secretRefsOf(deployment)
          .filter((ref) => !ref.optional || ref.variable in standIns)
          .map((ref) => ({ [ref.variable]: standIns[ref.variable] })),
        ...container.env.filter((variable) => variable.value !== undefined).map((variable) => ({ [variable.name]: variable.value })),
      );
      try {
        loadConfig(CONFIG_SCHEMAS[name], env);
        return [name, []];
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        return [name, err.problems.map(({ variable, problem }) => `${variable}: ${problem}`)];
      }
    }),
  );
}

/** `<secret>/<key>` of every key the deployment guide's `kubectl create secret` commands create. */
function secretsTheGuideCreates(): Set<string> {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').replace(/\\\n\s*/g, ' ');
  const created = new Set<string>();
  for (const [, secret, args] of readme.matchAll(/^kubectl create secret generic (\S+)(.*)$/gm)) {
    for (const [, source, name, renamed] of args.matchAll(/--from-(literal|file)=([^\s=]+)(=?)/g)) {
      created.add(`${secret}/${source === 'file' && !renamed ? path.basename(name) : name}`);
    }
  }
  return created;
}

/** Messaging's credentials, each from a Secret the installation may create. */
const MESSAGING_CREDENTIALS = ['SMTP_USERNAME', 'SMTP_PASSWORD', 'TWILIO_AUTH_TOKEN', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'];

describe('the Helm chart', () => {
  it('lints strictly with every values file', async () => {
    for (const files of VALUE_FILES) {
      const { stdout } = await run(HELM, ['lint', '--strict', CHART, ...files.flatMap((file) => ['--values', path.join(VALUES, file)])]);
      expect(stdout).toContain('0 chart(s) failed');
    }
  });

  it('renders only manifests valid against the Kubernetes schemas', async () => {
    // The validator is strict: a number rendered as text would not pass.
    expect(() => new Deployment({ metadata: { name: 'x' }, spec: { replicas: '2' as never, selector: {}, template: {} } }).validate()).toThrow(/replicas/);
    for (const files of VALUE_FILES) {
      const { manifests } = await render('lethe', ...files);
      expect(manifests.length).toBeGreaterThan(0);
      for (const manifest of manifests) {
        const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
        expect(Model).toBeDefined();
        expect(() => new Model(manifest as never).validate()).not.toThrow();
      }
    }
  });

  it('gives every workload the security context, probes, resources, a PDB and a network policy', async () => {
    const { manifests } = await render('lethe');
    const deployments = ofKind(manifests, 'Deployment');
    expect(deployments.map((d) => d.metadata.labels?.['app.kubernetes.io/name']).sort()).toEqual(SERVICES.map((s) => s.name).sort());
    for (const deployment of deployments) {
      const service = SERVICES.find((s) => s.name === deployment.metadata.labels?.['app.kubernetes.io/name'])!;
      const pod = podOf(deployment);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(service.drainSeconds);
      expect(pod.volumes).toContainEqual(expect.objectContaining({ name: 'tmp', emptyDir: expect.any(Object) }));
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
        expect(container.resources.requests).toEqual(service.resources.requests);
        expect(container.resources.limits).toEqual(service.resources.limits);
        expect(container.readinessProbe.grpc).toEqual({ port: service.grpcPort, service: '' });
        expect(container.livenessProbe.grpc).toEqual({ port: service.grpcPort, service: 'liveness' });
        expect(container.startupProbe.httpGet?.path).toBe('/readyz');
      }
      for (const kind of ['PodDisruptionBudget', 'NetworkPolicy', 'HorizontalPodAutoscaler', 'Service', 'ServiceAccount', 'ConfigMap']) {
        expect(ofKind(manifests, kind).map((m) => m.metadata.name)).toContain(deployment.metadata.name);
      }
    }
  });

  it('contains no Secret and no secret value: secrets are referenced by name and key', async () => {
    const SECRET_VARIABLES = [
      ...['MONGODB_URI', 'REDIS_URL', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'AUTH_JWKS', 'AUTH_SIGNING_KEY', 'KEY_ENCRYPTION_KEYS', 'KEY_STORE_URI', 'BLIND_INDEX_KEY', 'CACHE_MAC_KEY', 'CSRF_KEY', 'ERASURE_RECEIPT_SIGNING_KEY', 'ERASURE_COMMAND_SIGNING_KEY', 'ERASURE_ACK_SIGNING_KEY'],
      ...MESSAGING_CREDENTIALS,
    ];
    for (const files of VALUE_FILES) {
      const { manifests } = await render('lethe', ...files);
      expect(ofKind(manifests, 'Secret')).toEqual([]);
      for (const configMap of ofKind(manifests, 'ConfigMap')) {
        expect(Object.keys(configMap.data ?? {}).filter((key) => SECRET_VARIABLES.includes(key))).toEqual([]);
      }
      for (const deployment of ofKind(manifests, 'Deployment')) {
        for (const variable of podOf(deployment).containers[0].env.filter((e) => SECRET_VARIABLES.includes(e.name))) {
          expect(variable.value).toBeUndefined();
          expect(variable.valueFrom?.secretKeyRef).toEqual({ name: expect.any(String), key: expect.any(String), optional: expect.any(Boolean) });
        }
      }
    }
  });

  it('follows the values: minimal has no autoscaler or network policy; all features set image, Kafka and OTel', async () => {
    const minimal = (await render('lethe', 'minimal.yaml')).manifests;
    expect(ofKind(minimal, 'HorizontalPodAutoscaler')).toEqual([]);
    expect(ofKind(minimal, 'NetworkPolicy')).toEqual([]);
    expect(ofKind(minimal, 'Deployment').map((d) => (d.spec as { replicas: number }).replicas)).toEqual(SERVICES.map(() => 1));

    const all = await render('lethe', 'all-features.yaml');
    const [deployment] = ofKind(all.manifests, 'Deployment');
    expect(podOf(deployment).containers[0].image).toBe('registry.example.org/lethe/candidates:1.2.3');
    const [config] = ofKind(all.manifests, 'ConfigMap');
    expect(config.data).toMatchObject({
      KAFKA_BROKERS: 'kafka.example.org:9093',
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_TOPIC_PREFIX: 'staging.',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability:4318',
      // Configuration that looks like a template is passed through as text.
      AUTH_ISSUER: '{{ not-a-template }}',
      ERASURE_SERVICES: SERVICES.filter((s) => s.obeysErasure).map((s) => s.name).join(','),
    });
    const policy = ofKind(all.manifests, 'NetworkPolicy').find((manifest) => manifest.metadata.name === 'lethe-candidates');
    expect((policy?.spec as NetworkPolicySpec).egress).toContainEqual({ ports: [{ port: 9093, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '172.20.0.0/16' } }] });
  });

  it('gives every pod configuration its service accepts at boot', async () => {
    expect(Object.keys(CONFIG_SCHEMAS).sort()).toEqual(SERVICES.map((s) => s.name).sort());
    const accepted = Object.fromEntries(SERVICES.map((s) => [s.name, []]));
    for (const files of VALUE_FILES) {
      expect(configProblems((await render('lethe', ...files)).manifests)).toEqual(accepted);
    }
    // The check can fail: every service refuses a topic prefix with capitals and spaces.
    const refused = configProblems((await render('lethe', { 'kafka.topicPrefix': 'Not Valid' })).manifests);
    expect(refused).toEqual(Object.fromEntries(SERVICES.map((s) => [s.name, [expect.stringMatching(/^KAFKA_TOPIC_PREFIX: /)]])));
  });

  it('lets two releases live side by side: every name and selector carries the release', async () => {
    const a = (await render('blue')).manifests;
    const b = (await render('green')).manifests;
    const names = (manifests: Manifest[]) => new Set(manifests.map((m) => `${m.kind}/${m.metadata.name}`));
    expect([...names(a)].filter((name) => names(b).has(name))).toEqual([]);
    for (const deployment of ofKind(a, 'Deployment')) {
      expect((deployment.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels['app.kubernetes.io/instance']).toBe('blue');
    }
  });
});

describe('the network policies', () => {
  it('admit gRPC from the pods of the release namespace by default, on every service, and each rule names its peers and ports', async () => {
    const { manifests } = await render('lethe');
    for (const service of SERVICES) expect(grpcPeers(manifests, service)).toContainEqual([{ podSelector: {} }]);
    // A rule without peers or ports would admit every pod or every port.
    for (const rule of policiesOf(manifests).flatMap((policy) => policy.ingress)) {
      expect(rule.from?.length).toBeGreaterThan(0);
      expect(rule.ports?.length).toBeGreaterThan(0);
    }
  });

  it('admit gRPC from the peers networkPolicies.grpcClients names', async () => {
    const { networkPolicies } = parse(fs.readFileSync(path.join(VALUES, 'all-features.yaml'), 'utf8')) as { networkPolicies: { grpcClients: unknown[] } };
    const { manifests } = await render('lethe', 'all-features.yaml');
    for (const service of SERVICES) {
      expect(grpcPeers(manifests, service)).toContainEqual(networkPolicies.grpcClients);
      expect(grpcPeers(manifests, service)).not.toContainEqual([{ podSelector: {} }]);
    }
  });

  it('admit no outside gRPC client when grpcClients is empty, and are not rendered when switched off', async () => {
    const closed = (await render('lethe', { 'networkPolicies.grpcClients': [] })).manifests;
    expect(ofKind(closed, 'NetworkPolicy').map((policy) => policy.metadata.name).sort()).toEqual(SERVICES.map((s) => `lethe-${s.name}`).sort());
    for (const service of SERVICES) {
      const callers = SERVICES.filter((caller) => calleesOf(caller).includes(service.name));
      expect(grpcPeers(closed, service).flat()).toHaveLength(callers.length);
    }
    expect(ofKind((await render('lethe', { 'networkPolicies.enabled': false })).manifests, 'NetworkPolicy')).toEqual([]);
  });
});

describe('the messaging service', () => {
  it('has a Deployment, a Service and a ConfigMap with the release-scoped addresses of the services it calls', async () => {
    const { manifests } = await render('blue');
    expect(podOf(named(manifests, 'Deployment', 'blue-messaging')!).containers[0].envFrom).toEqual([{ configMapRef: { name: 'blue-messaging' } }]);
    expect(named(manifests, 'Service', 'blue-messaging')?.spec).toMatchObject({ ports: [{ name: 'grpc', port: 50051 }, { name: 'http', port: 8080 }] });
    expect(named(manifests, 'ConfigMap', 'blue-messaging')?.data).toMatchObject({
      CANDIDATES_GRPC_ADDRESS: 'blue-candidates:50051',
      CONSENT_GRPC_ADDRESS: 'blue-consent:50051',
      RETENTION_GRPC_ADDRESS: 'blue-retention:50051',
      TALENT_CRM_GRPC_ADDRESS: 'blue-talent-crm:50051',
      MESSAGING_PUBLIC_URL: 'https://lethe.example.com',
      SMTP_URL: 'smtp://smtp.example.com:587',
      SMTP_REQUIRE_TLS: 'true',
      SMTP_FROM: 'Lethe <no-reply@lethe.example.com>',
      // Without their settings, SMS and WhatsApp are not configured.
      TWILIO_ACCOUNT_SID: '',
      WHATSAPP_PHONE_NUMBER_ID: '',
      SHUTDOWN_TIMEOUT_MS: '30000',
      ERASURE_SERVICES: 'candidates,retention,consent,messaging,profile-rendering,talent-crm',
    });
  });

  it('gives every service the address of each service it calls, and of no other', async () => {
    const { manifests } = await render('lethe');
    for (const service of SERVICES) {
      const addresses = Object.entries(named(manifests, 'ConfigMap', `lethe-${service.name}`)?.data ?? {}).filter(([variable]) => variable.endsWith('_GRPC_ADDRESS'));
      expect(Object.fromEntries(addresses)).toEqual(Object.fromEntries(calleesOf(service).map((callee) => [`${callee.toUpperCase().replace(/-/g, '_')}_GRPC_ADDRESS`, `lethe-${callee}:50051`])));
    }
  });

  it('takes SMTP, Twilio and WhatsApp settings from values, and its public URL, like consent, retention and profile-rendering, from the ingress host', async () => {
    const { manifests } = await render('lethe', 'all-features.yaml');
    expect(named(manifests, 'ConfigMap', 'lethe-messaging')?.data).toMatchObject({
      SMTP_URL: 'smtps://smtp.example.org:465',
      SMTP_FROM: 'Example Recruiting <jobs@example.org>',
      TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
      TWILIO_FROM: '+4930901820',
      WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
    });
    const withoutTls = (await render('lethe', { 'ingress.tls.enabled': false })).manifests;
    for (const name of ['consent', 'retention', 'messaging', 'profile-rendering', 'talent-crm']) {
      const variable = `${name.toUpperCase().replace(/-/g, '_')}_PUBLIC_URL`;
      expect(named(manifests, 'ConfigMap', `lethe-${name}`)?.data?.[variable]).toBe('https://lethe.example.org');
      expect(named(withoutTls, 'ConfigMap', `lethe-${name}`)?.data?.[variable]).toBe('http://lethe.example.com');
    }
  });

  it('references the SMTP, Twilio and WhatsApp credentials as optional secret keys; no other service has them', async () => {
    const credentialsOf = (manifests: Manifest[], name: string) => secretRefsOf(named(manifests, 'Deployment', `lethe-${name}`)!).filter((ref) => MESSAGING_CREDENTIALS.includes(ref.variable));
    const { manifests } = await render('lethe');
    expect(credentialsOf(manifests, 'messaging')).toEqual([
      { variable: 'SMTP_USERNAME', name: 'lethe-smtp', key: 'username', optional: true },
      { variable: 'SMTP_PASSWORD', name: 'lethe-smtp', key: 'password', optional: true },
      { variable: 'TWILIO_AUTH_TOKEN', name: 'lethe-twilio', key: 'auth-token', optional: true },
      { variable: 'WHATSAPP_ACCESS_TOKEN', name: 'lethe-whatsapp', key: 'access-token', optional: true },
      { variable: 'WHATSAPP_APP_SECRET', name: 'lethe-whatsapp', key: 'app-secret', optional: true },
      { variable: 'WHATSAPP_VERIFY_TOKEN', name: 'lethe-whatsapp', key: 'verify-token', optional: true },
    ]);
    for (const other of SERVICES.filter((service) => service.name !== 'messaging')) expect(credentialsOf(manifests, other.name)).toEqual([]);
    const renamed = credentialsOf((await render('lethe', 'all-features.yaml')).manifests, 'messaging').filter((ref) => ref.variable.startsWith('SMTP_'));
    expect(renamed.map(({ name, key }) => `${name}/${key}`)).toEqual(['example-smtp/user', 'example-smtp/pass']);
  });

  it('reaches the services it calls, the SMTP server and the providers; no other service reaches those two', async () => {
    const { manifests } = await render('lethe', 'all-features.yaml');
    const egressOf = (name: string) => (named(manifests, 'NetworkPolicy', `lethe-${name}`)!.spec as NetworkPolicySpec).egress;
    const outside = [
      { to: [{ ipBlock: { cidr: '203.0.113.25/32' } }], ports: [{ port: 465, protocol: 'TCP' }] },
      { to: [{ ipBlock: { cidr: '198.51.100.0/24' } }], ports: [{ port: 443, protocol: 'TCP' }] },
    ];
    for (const rule of outside) expect(egressOf('messaging')).toContainEqual(rule);
    for (const callee of ['candidates', 'consent', 'retention', 'talent-crm']) {
      expect(egressOf('messaging')).toContainEqual({ to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'lethe', 'app.kubernetes.io/name': callee } } }], ports: [{ port: 50051, protocol: 'TCP' }] });
    }
    for (const service of SERVICES) {
      const callees = egressOf(service.name).flatMap((rule) => rule.to.flatMap((peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? []));
      expect(callees).toEqual(calleesOf(service));
      if (service.name !== 'messaging') for (const rule of outside) expect(egressOf(service.name)).not.toContainEqual(rule);
    }
  });

  it('serves the unsubscribe page and the delivery callbacks through the public Ingress', async () => {
    const [ingress] = ofKind((await render('lethe', 'all-features.yaml')).manifests, 'Ingress');
    const { rules } = ingress.spec as { rules: { http: { paths: { path: string; backend: { service: { name: string; port: { number: number } } } }[] } }[] };
    const routes = rules[0].http.paths.map(({ path: route, backend }) => [route, backend.service.name, backend.service.port.number]);
    expect(routes).toEqual(expect.arrayContaining([['/unsubscribe', 'lethe-messaging', 8080], ['/callbacks', 'lethe-messaging', 8080]]));
  });
});

describe('the public Ingress', () => {
  const accessLogOf = (manifests: Manifest[]) =>
    ofKind(manifests, 'Ingress').map((ingress) => (ingress.metadata as { annotations?: Record<string, string> }).annotations?.['nginx.ingress.kubernetes.io/enable-access-log']);

  it('switches ingress-nginx\'s access log off, so the link tokens in query strings are not logged, unless values switch it on', async () => {
    expect(accessLogOf((await render('lethe', 'all-features.yaml')).manifests)).toEqual(['false']);
    expect(accessLogOf((await render('lethe', { 'ingress.enabled': true, 'ingress.tls.enabled': false })).manifests)).toEqual(['false']);
    expect(accessLogOf((await render('lethe', 'all-features.yaml', { 'ingress.accessLog': true })).manifests)).toEqual(['true']);
  });
});

describe('the profile-rendering service', () => {
  it('has the release-scoped addresses of candidates, consent and messaging, its public URL, its signing key and more memory', async () => {
    const { manifests } = await render('blue');
    expect(named(manifests, 'ConfigMap', 'blue-profile-rendering')?.data).toMatchObject({
      CANDIDATES_GRPC_ADDRESS: 'blue-candidates:50051',
      CONSENT_GRPC_ADDRESS: 'blue-consent:50051',
      MESSAGING_GRPC_ADDRESS: 'blue-messaging:50051',
      PROFILE_RENDERING_PUBLIC_URL: 'https://lethe.example.com',
      SHUTDOWN_TIMEOUT_MS: '30000',
    });
    const deployment = named(manifests, 'Deployment', 'blue-profile-rendering')!;
    expect(secretRefsOf(deployment).find((ref) => ref.variable === 'AUTH_SIGNING_KEY')).toEqual({ variable: 'AUTH_SIGNING_KEY', name: 'lethe-auth', key: 'profile-rendering-signing-key', optional: false });
    expect(podOf(deployment).containers[0].resources).toEqual({ requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '2', memory: '1536Mi' } });
  });

  it('serves the profiles and the feedback pages through the public Ingress', async () => {
    const [ingress] = ofKind((await render('lethe', 'all-features.yaml')).manifests, 'Ingress');
    const { rules } = ingress.spec as { rules: { http: { paths: { path: string; backend: { service: { name: string; port: { number: number } } } }[] } }[] };
    const routes = rules[0].http.paths.map(({ path: route, backend }) => [route, backend.service.name, backend.service.port.number]);
    expect(routes).toEqual(expect.arrayContaining([['/profiles', 'lethe-profile-rendering', 8080], ['/feedback', 'lethe-profile-rendering', 8080]]));
  });
});

describe('the talent-crm service', () => {
  it('has the release-scoped addresses of candidates, consent and messaging, its public URL and its signing key', async () => {
    const { manifests } = await render('blue');
    expect(named(manifests, 'ConfigMap', 'blue-talent-crm')?.data).toMatchObject({
      CANDIDATES_GRPC_ADDRESS: 'blue-candidates:50051',
      CONSENT_GRPC_ADDRESS: 'blue-consent:50051',
      MESSAGING_GRPC_ADDRESS: 'blue-messaging:50051',
      TALENT_CRM_PUBLIC_URL: 'https://lethe.example.com',
      SHUTDOWN_TIMEOUT_MS: '30000',
    });
    const deployment = named(manifests, 'Deployment', 'blue-talent-crm')!;
    expect(secretRefsOf(deployment).find((ref) => ref.variable === 'AUTH_SIGNING_KEY')).toEqual({ variable: 'AUTH_SIGNING_KEY', name: 'lethe-auth', key: 'talent-crm-signing-key', optional: false });
  });

  it('serves the talent forms and the follow-up form through the public Ingress', async () => {
    const [ingress] = ofKind((await render('lethe', 'all-features.yaml')).manifests, 'Ingress');
    const { rules } = ingress.spec as { rules: { http: { paths: { path: string; backend: { service: { name: string; port: { number: number } } } }[] } }[] };
    const routes = rules[0].http.paths.map(({ path: route, backend }) => [route, backend.service.name, backend.service.port.number]);
    expect(routes).toEqual(expect.arrayContaining([['/talent-forms', 'lethe-talent-crm', 8080], ['/follow-up', 'lethe-talent-crm', 8080]]));
  });
});

describe('a service that drives a browser', () => {
  const filesystemOf = (deployment: Manifest) => {
    const pod = podOf(deployment);
    const [container] = pod.containers;
    return { volumes: pod.volumes, mounts: container.volumeMounts, home: container.env.find((variable) => variable.name === 'HOME')?.value };
  };
  const BROWSER_FILESYSTEM = {
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '512Mi' } }, { name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } }],
    mounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: 'shm', mountPath: '/dev/shm' }],
    home: '/tmp',
  };
  const PLAIN_FILESYSTEM = { volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }], mounts: [{ name: 'tmp', mountPath: '/tmp' }], home: undefined };

  it('gets a writable HOME, a larger /tmp and a memory-backed /dev/shm; the other services a small /tmp only', async () => {
    expect(SERVICES.filter((service) => service.browser).map((service) => service.name)).toEqual(['profile-rendering']);
    const { manifests } = await render('lethe');
    for (const service of SERVICES) {
      expect([service.name, filesystemOf(named(manifests, 'Deployment', `lethe-${service.name}`)!)]).toEqual([service.name, service.browser ? BROWSER_FILESYSTEM : PLAIN_FILESYSTEM]);
    }
  });

  it('is one by its registry entry, whatever its name', () => {
    const synthesised = (service: LetheService) => filesystemOf(ofKind(Testing.synth(new ServiceChart(Testing.app(), service)) as Manifest[], 'Deployment')[0]);
    expect(synthesised({ ...serviceNamed('candidates'), browser: true })).toEqual(BROWSER_FILESYSTEM);
    expect(synthesised({ ...serviceNamed('profile-rendering'), browser: false })).toEqual(PLAIN_FILESYSTEM);
  });
});

describe('the erasure protocol', () => {
  const refsOf = async (variables: readonly string[]) => {
    const { manifests } = await render('lethe', 'all-features.yaml');
    return Object.fromEntries(
      SERVICES.map((service) => [service.name, secretRefsOf(named(manifests, 'Deployment', `lethe-${service.name}`)!).filter((ref) => variables.includes(ref.variable))]),
    );
  };

  it('gives every service its own key for its acknowledgements and retention’s public key; only retention the command-signing key and the services’ public keys', async () => {
    const refs = await refsOf(['ERASURE_ACK_SIGNING_KEY', 'ERASURE_COMMAND_PUBLIC_KEYS', 'ERASURE_COMMAND_SIGNING_KEY', 'ERASURE_ACK_PUBLIC_KEYS']);
    for (const service of SERVICES) {
      expect([service.name, refs[service.name]]).toEqual([
        service.name,
        [
          { variable: 'ERASURE_COMMAND_PUBLIC_KEYS', name: 'lethe-encryption', key: 'erasure-command-public-keys', optional: false },
          { variable: 'ERASURE_ACK_SIGNING_KEY', name: 'lethe-encryption', key: `${service.name}-erasure-ack-signing-key`, optional: false },
          ...(service.name === 'retention'
            ? [
                { variable: 'ERASURE_COMMAND_SIGNING_KEY', name: 'lethe-encryption', key: 'erasure-command-signing-key', optional: false },
                { variable: 'ERASURE_ACK_PUBLIC_KEYS', name: 'lethe-encryption', key: 'erasure-ack-public-keys', optional: false },
              ]
            : []),
        ],
      ]);
    }
  });

  it('runs every service as a Kafka principal of its own, so the ACLs can let only retention write erasure commands', async () => {
    const refs = await refsOf(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']);
    for (const service of SERVICES) {
      expect(refs[service.name]).toEqual([
        { variable: 'KAFKA_SASL_USERNAME', name: 'lethe-kafka', key: `${service.name}-username`, optional: true },
        { variable: 'KAFKA_SASL_PASSWORD', name: 'lethe-kafka', key: `${service.name}-password`, optional: true },
      ]);
    }
  });

  it('makes retention refuse to start without the acknowledgement key of a service it waits for, or with a command key the services do not trust', async () => {
    const { manifests } = await render('lethe');
    const retentionProblems = (standIns: Record<string, string>) => configProblems(manifests, { ...SECRET_STAND_INS, ...standIns }).retention;
    expect(retentionProblems({})).toEqual([]);
    expect(retentionProblems({ ERASURE_ACK_PUBLIC_KEYS: JSON.stringify({ retention: pemOf(ACK_KEY).publicKeyPem }) })).toEqual([
      `ERASURE_ACK_PUBLIC_KEYS: has no key of ${SERVICES.filter((service) => service.name !== 'retention' && service.obeysErasure).map((service) => service.name).join(', ')}`,
    ]);
    expect(retentionProblems({ ERASURE_COMMAND_PUBLIC_KEYS: pemOf(ACK_KEY).publicKeyPem })).toEqual([
      'ERASURE_COMMAND_SIGNING_KEY: must have its public key in ERASURE_COMMAND_PUBLIC_KEYS',
    ]);
  });
});

describe('one blast radius per service', () => {
  it('gives every service its own database login, blind-index key and cache MAC key, and a CSRF key of its own to those whose pages carry forms', async () => {
    const { manifests } = await render('lethe', 'all-features.yaml');
    const variables = ['MONGODB_URI', 'BLIND_INDEX_KEY', 'CACHE_MAC_KEY', 'CSRF_KEY'];
    for (const service of SERVICES) {
      const refs = secretRefsOf(named(manifests, 'Deployment', `lethe-${service.name}`)!).filter((ref) => variables.includes(ref.variable));
      expect([service.name, refs]).toEqual([
        service.name,
        [
          { variable: 'MONGODB_URI', name: 'lethe-mongodb', key: `${service.name}-uri`, optional: false },
          { variable: 'BLIND_INDEX_KEY', name: 'lethe-encryption', key: `${service.name}-blind-index-key`, optional: false },
          { variable: 'CACHE_MAC_KEY', name: 'lethe-encryption', key: `${service.name}-cache-mac-key`, optional: false },
          ...(['consent', 'retention', 'talent-crm'].includes(service.name) ? [{ variable: 'CSRF_KEY', name: 'lethe-encryption', key: `${service.name}-csrf-key`, optional: false }] : []),
        ],
      ]);
    }
  });

  it('makes a service whose pages carry forms refuse to start without its CSRF key', async () => {
    const { manifests } = await render('lethe');
    const { CSRF_KEY: _csrf, ...withoutCsrfKey } = SECRET_STAND_INS;
    const problems = configProblems(manifests, withoutCsrfKey);
    for (const service of SERVICES) expect([service.name, problems[service.name]]).toEqual([service.name, service.pageForms ? ['CSRF_KEY: is required'] : []]);
  });
});

describe('the signing key of service tokens', () => {
  const signingKeyOf = (service: LetheService) => {
    const manifests = Testing.synth(new ServiceChart(Testing.app(), service)) as Manifest[];
    return secretRefsOf(ofKind(manifests, 'Deployment')[0]).find((ref) => ref.variable === 'AUTH_SIGNING_KEY');
  };

  it('is required of a service that calls others and optional for the rest', () => {
    const candidates = serviceNamed('candidates');
    const expected = { variable: 'AUTH_SIGNING_KEY', name: helm('.Values.auth.secret.name'), key: helm('printf "%s-signing-key" "candidates"') };
    expect(signingKeyOf({ ...candidates, calls: { retention: [] } })).toEqual({ ...expected, optional: false });
    expect(signingKeyOf({ ...candidates, calls: {} })).toEqual({ ...expected, optional: true });
  });

  it('is required of messaging, which calls candidates, consent and retention', async () => {
    const deployment = named((await render('lethe')).manifests, 'Deployment', 'lethe-messaging')!;
    expect(secretRefsOf(deployment).find((ref) => ref.variable === 'AUTH_SIGNING_KEY')).toEqual({ variable: 'AUTH_SIGNING_KEY', name: 'lethe-auth', key: 'messaging-signing-key', optional: false });
  });
});

describe('tokens', () => {
  const configOf = (manifests: Manifest[], name: string) => named(manifests, 'ConfigMap', `lethe-${name}`)?.data ?? {};

  it("give every service the rights its callers' service tokens may carry there, from the registry, and no other caller", async () => {
    const { manifests } = await render('lethe');
    const callersOf = (name: string) => JSON.parse(configOf(manifests, name).AUTH_SERVICE_CALLERS ?? 'null') as Record<string, string[]>;
    // Retention asks every service that holds data about people for its part of a data export, and candidates for a mass action's selection.
    expect(callersOf('candidates')).toEqual({ messaging: [RIGHTS.readCandidates, RIGHTS.seeMarked], 'profile-rendering': [RIGHTS.readCandidates, RIGHTS.writeCandidates], retention: [RIGHTS.exportSubjects, RIGHTS.readCandidates, RIGHTS.seeMarked], 'talent-crm': [RIGHTS.readCandidates] });
    expect(callersOf('consent')).toEqual({
      messaging: [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.issueLinks],
      'profile-rendering': [RIGHTS.readCandidates],
      // The controller the self-service pages name (reading it needs no right) and consent's part of a data export.
      retention: [RIGHTS.exportSubjects],
      'talent-crm': [RIGHTS.readCandidates, RIGHTS.recordFormConsent],
    });
    expect(callersOf('retention')).toEqual({ messaging: [RIGHTS.issueLinks] });
    expect(callersOf('messaging')).toEqual({ 'profile-rendering': [RIGHTS.readCandidates, RIGHTS.writeCandidates], retention: [RIGHTS.exportSubjects], 'talent-crm': [RIGHTS.readCandidates, RIGHTS.writeCandidates] });
    expect(callersOf('talent-crm')).toEqual({ messaging: [RIGHTS.readTalents, RIGHTS.issueLinks], retention: [RIGHTS.exportSubjects] });
    // Only retention calls profile-rendering, for its part of a data export.
    expect(callersOf('profile-rendering')).toEqual({ retention: [RIGHTS.exportSubjects] });
    for (const callee of SERVICES) {
      const callers = callersOf(callee.name);
      expect(Object.keys(callers).sort()).toEqual(SERVICES.filter((caller) => calleesOf(caller).includes(callee.name)).map((caller) => caller.name).sort());
      for (const [caller, rights] of Object.entries(callers)) expect(rights).toEqual(serviceNamed(caller).calls[callee.name]);
      // What the chart writes is what the service reads at boot.
      expect(parseServiceCallers(configOf(manifests, callee.name).AUTH_SERVICE_CALLERS!)).toEqual(callers);
    }
  });

  it('are for the service by its own audience of the installation, and a user token is accepted for at most a day unless values say otherwise', async () => {
    const { manifests } = await render('lethe');
    for (const service of SERVICES) expect(configOf(manifests, service.name)).toMatchObject({ SERVICE_NAME: service.name, AUTH_AUDIENCE: 'lethe', AUTH_MAX_TOKEN_AGE_SECONDS: '86400' });
    const hourly = (await render('lethe', { 'auth.maxTokenAgeSeconds': 3600 })).manifests;
    for (const service of SERVICES) expect(configOf(hourly, service.name).AUTH_MAX_TOKEN_AGE_SECONDS).toBe('3600');
  });
});

describe('gRPC reflection', () => {
  it('is off in the chart unless values switch it on, and the services read the switch', async () => {
    const off = (await render('lethe')).manifests;
    const on = (await render('lethe', { 'grpc.reflection': true })).manifests;
    for (const service of SERVICES) {
      expect(named(off, 'ConfigMap', `lethe-${service.name}`)?.data?.GRPC_REFLECTION).toBe('false');
      expect(named(on, 'ConfigMap', `lethe-${service.name}`)?.data?.GRPC_REFLECTION).toBe('true');
    }
    const reflectionOf = (manifests: Manifest[]) =>
      Object.fromEntries(
        ofKind(manifests, 'Deployment').map((deployment) => {
          const name = deployment.metadata.labels?.['app.kubernetes.io/name'] ?? '';
          return [name, baseConfigSchema.shape.GRPC_REFLECTION.parse(named(manifests, 'ConfigMap', deployment.metadata.name)?.data?.GRPC_REFLECTION)];
        }),
      );
    expect(Object.values(reflectionOf(off))).toEqual(SERVICES.map(() => false));
    expect(Object.values(reflectionOf(on))).toEqual(SERVICES.map(() => true));
  });
});

describe('the images', () => {
  const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'deploy', 'Dockerfile'), 'utf8');
  const packageOf = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'services', name, 'package.json'), 'utf8')) as { name: string; main: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

  it('are built by one multi-stage Dockerfile that builds only the named service and runs node as PID 1', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG SERVICE$/m);
    expect(dockerfile).toContain('COPY services/${SERVICE} ./services/${SERVICE}');
    expect(dockerfile).toContain('--filter "@lethe/${SERVICE}..."');
    expect(dockerfile).toContain('pnpm --filter "@lethe/${SERVICE}" deploy --prod /app');
    expect(dockerfile).toMatch(/^USER 10001:10001$/m);
    expect(dockerfile).not.toMatch(/CMD \["(npm|pnpm)"/);
  });

  it('install Chromium and the fonts of its pages, as root, only into the image of a service that drives a browser', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    // Decided in the build stage by the production dependencies the service was deployed with.
    expect(dockerfile).toContain('if [ -e /app/node_modules/playwright-core ]; then echo "chromium fonts-dejavu-core"; fi > /debian-packages');
    expect(runtime).toContain('COPY --from=build /debian-packages /debian-packages');
    expect(runtime).toContain('if [ -n "$packages" ]');
    expect(runtime).toContain('apt-get install -y --no-install-recommends $packages && rm -rf /var/lib/apt/lists/*');
    expect(runtime.indexOf('apt-get install')).toBeLessThan(runtime.indexOf('USER 10001:10001'));
  });

  it.each(SERVICES.map((service) => [service.name]))('%s is a package the Dockerfile can build: @lethe/<name>, started by the CMD, with no other service in it', (name) => {
    const pkg = packageOf(name);
    expect(pkg.name).toBe(`@lethe/${name}`);
    expect(dockerfile).toContain(`CMD ["node", "${pkg.main}"]`);
    const others = SERVICES.filter((other) => other.name !== name).map((other) => `@lethe/${other.name}`);
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((dependency) => others.includes(dependency))).toEqual([]);
  });

  it.each(SERVICES.map((service) => [service.name]))('%s gets Chromium in its image exactly when its registry entry says it drives a browser', (name) => {
    expect('playwright-core' in (packageOf(name).dependencies ?? {})).toBe(serviceNamed(name).browser === true);
  });
});

describe('the deployment guide', () => {
  it('creates every secret key the chart requires, and no key the chart does not read', async () => {
    const refs = ofKind((await render('lethe')).manifests, 'Deployment').flatMap(secretRefsOf);
    const created = secretsTheGuideCreates();
    expect(created.size).toBeGreaterThan(0);
    const required = new Set(refs.filter((ref) => !ref.optional).map((ref) => `${ref.name}/${ref.key}`));
    expect([...required].filter((key) => !created.has(key))).toEqual([]);
    const read = new Set(refs.map((ref) => `${ref.name}/${ref.key}`));
    expect([...created].filter((key) => !read.has(key))).toEqual([]);
  });

  it('lists every Kafka topic with its partition count, as protos/src/topics.ts declares them', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const topic of Object.values(TOPICS)) {
      expect(readme).toMatch(new RegExp(`\\| \`${topic.name.replace(/\./g, '\\.')}\` \\| ${topic.partitions} \\|`));
    }
  });
});
