import { Testing } from 'cdk8s';
import { ACCESS_LOG_ANNOTATION, PublicIngressChart } from '../src/charts';
import { CONDITION_ANNOTATION } from '../src/helm';
import { SERVICES } from '../src/registry';

describe('the public Ingress', () => {
  it('routes every public path of every service, once with TLS and once without, by values', () => {
    const manifests = Testing.synth(new PublicIngressChart(Testing.app(), SERVICES)) as {
      kind: string;
      metadata: { name: string; annotations: Record<string, string> };
      spec: { tls?: unknown[]; rules: { http: { paths: { path: string; backend: { service: { name: string; port: { number: number } } } }[] } }[] };
    }[];
    expect(manifests.map((m) => [m.kind, m.metadata.annotations[CONDITION_ANNOTATION]])).toEqual([
      ['Ingress', 'and (.Values.ingress.enabled) (.Values.ingress.tls.enabled)'],
      ['Ingress', 'and (.Values.ingress.enabled) (not .Values.ingress.tls.enabled)'],
    ]);
    expect(manifests[0].spec.tls).toHaveLength(1);
    expect(manifests[1].spec.tls).toBeUndefined();
    for (const manifest of manifests) {
      expect(manifest.spec.rules[0].http.paths.map((p) => [p.path, p.backend.service.name, p.backend.service.port.number])).toEqual([
        ['/self-service', '@@{ .Release.Name }@@-retention', 8080],
        ['/consent', '@@{ .Release.Name }@@-consent', 8080],
        ['/unsubscribe', '@@{ .Release.Name }@@-messaging', 8080],
        ['/callbacks', '@@{ .Release.Name }@@-messaging', 8080],
        ['/profiles', '@@{ .Release.Name }@@-profile-rendering', 8080],
        ['/feedback', '@@{ .Release.Name }@@-profile-rendering', 8080],
        ['/talent-forms', '@@{ .Release.Name }@@-talent-crm', 8080],
        ['/follow-up', '@@{ .Release.Name }@@-talent-crm', 8080],
      ]);
    }
  });

  it('keeps the link tokens in its query strings out of the controller\'s access log unless values switch it on', () => {
    const manifests = Testing.synth(new PublicIngressChart(Testing.app(), SERVICES)) as { metadata: { annotations: Record<string, string> } }[];
    expect(manifests.map((m) => m.metadata.annotations[ACCESS_LOG_ANNOTATION])).toEqual([
      '@@{ ternary "true" "false" (.Values.ingress.accessLog | default false) | quote }@@',
      '@@{ ternary "true" "false" (.Values.ingress.accessLog | default false) | quote }@@',
    ]);
  });

  it('is not generated while no service has public pages', () => {
    expect(Testing.synth(new PublicIngressChart(Testing.app(), SERVICES.map((s) => ({ ...s, publicRoutes: [] }))))).toEqual([]);
  });
});
