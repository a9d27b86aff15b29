import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { TOPICS } from '@lethe/protos';
import { SERVICES } from '../src/registry';

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

async function render(release: string, ...valuesFiles: string[]): Promise<{ manifests: Manifest[]; text: string }> {
  const args = ['template', release, CHART, ...valuesFiles.flatMap((file) => ['--values', path.join(VALUES, file)])];
  const { stdout } = await run(HELM, args, { maxBuffer: 16 * 1024 * 1024 });
  const manifests = parseAllDocuments(stdout)
    .map((doc) => doc.toJSON() as Manifest | null)
    .filter((doc): doc is Manifest => doc !== null);
  return { manifests, text: stdout };
}

const ofKind = (manifests: Manifest[], kind: string) => manifests.filter((manifest) => manifest.kind === kind);

type Container = {
  securityContext: Record<string, unknown>;
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  readinessProbe: { grpc?: { port: number; service?: string } };
  livenessProbe: { grpc?: { port: number; service?: string } };
  startupProbe: { httpGet?: { path: string } };
  env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  image: string;
};
type PodSpec = { securityContext: Record<string, unknown>; containers: Container[]; terminationGracePeriodSeconds: number; volumes: { name: string; emptyDir?: object }[] };
const podOf = (deployment: Manifest) => (deployment.spec as { template: { spec: PodSpec } }).template.spec;

const VALUE_FILES = [[], ['minimal.yaml'], ['all-features.yaml']];

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
    const SECRET_VARIABLES = ['MONGODB_URI', 'REDIS_URL', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'AUTH_JWKS', 'AUTH_SIGNING_KEY', 'KEY_ENCRYPTION_KEY', 'BLIND_INDEX_KEY'];
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
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability:4318',
      // Configuration that looks like a template is passed through as text.
      KAFKA_TOPIC_PREFIX: '{{ not-a-template }}.',
      ERASURE_SERVICES: SERVICES.filter((s) => s.obeysErasure).map((s) => s.name).join(','),
    });
    const [policy] = ofKind(all.manifests, 'NetworkPolicy');
    expect((policy.spec as { egress: unknown[] }).egress).toContainEqual({ ports: [{ port: 9093, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '172.20.0.0/16' } }] });
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

describe('the images', () => {
  it.each(SERVICES.map((service) => [service.name]))('%s has a multi-stage Dockerfile that builds only its package and runs node as PID 1', (name) => {
    const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'services', name, 'Dockerfile'), 'utf8');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'services', name, 'package.json'), 'utf8')) as { name: string; main: string };
    expect(pkg.name).toBe(`@lethe/${name}`);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toContain(`--filter "${pkg.name}..."`);
    expect(dockerfile).toContain(`pnpm --filter ${pkg.name} deploy --prod /app`);
    expect(dockerfile).toMatch(/^USER 10001:10001$/m);
    expect(dockerfile).toContain(`CMD ["node", "${pkg.main}"]`);
    expect(dockerfile).not.toMatch(/CMD \["(npm|pnpm)"/);
  });
});

describe('the deployment guide', () => {
  it('lists every Kafka topic with its partition count, as protos/src/topics.ts declares them', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const topic of Object.values(TOPICS)) {
      expect(readme).toMatch(new RegExp(`\\| \`${topic.name.replace(/\./g, '\\.')}\` \\| ${topic.partitions} \\|`));
    }
  });
});
