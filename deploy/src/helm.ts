/**
 * Helm template expressions inside the YAML cdk8s synthesises. cdk8s writes plain YAML, so the
 * expressions travel as markers that scripts/synth-chart.ts turns into `{{ ... }}`; every other
 * `{{` in the output (e.g. in configuration values) is escaped there, so it is never evaluated.
 */
export function helm(expression: string): string {
  return `@@{ ${expression} }@@`;
}

/**
 * Annotation naming the Helm condition a manifest is rendered under (e.g. a feature switch in
 * values); the post-processor wraps the manifest in `{{- if ... }}` and drops the annotation.
 */
export const CONDITION_ANNOTATION = 'lethe.dev/helm-condition';

export function renderedIf(...conditions: string[]): Record<string, string> {
  return { [CONDITION_ANNOTATION]: conditions.length === 1 ? conditions[0] : `and ${conditions.map((c) => `(${c})`).join(' ')}` };
}

/** Names carry the release, so two releases can live in one namespace. */
export function releaseScoped(name: string): string {
  return `${helm('.Release.Name')}-${name}`;
}

/** `.Values.services.<name>` */
export function serviceValues(name: string, path = ''): string {
  return `(index .Values.services ${JSON.stringify(name)})${path}`;
}

/** `.Values.<name>`: a service's own settings (registry `settings`), under a top-level key of its name. */
export function settingsValues(name: string, path = ''): string {
  return `(index .Values ${JSON.stringify(name)})${path}`;
}

/** The public origin of the Ingress, e.g. https://lethe.example.com: links sent to people are absolute on it. */
export function publicUrl(): string {
  return helm('printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host | quote');
}
