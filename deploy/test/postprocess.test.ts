import { toHelmTemplate } from '../src/postprocess';

describe('post-processing synthesised YAML into Helm templates', () => {
  it('turns whole-scalar markers into unquoted expressions and inner markers into expressions inside the string', () => {
    const out = toHelmTemplate(`spec:\n  replicas: '@@{ .Values.replicas }@@'\n  name: "@@{ .Release.Name }@@-candidates"\n  image: '@@{ printf "%s" .Values.x | quote }@@'\n`);
    expect(out).toBe(`spec:\n  replicas: {{ .Values.replicas }}\n  name: "{{ .Release.Name }}-candidates"\n  image: {{ printf "%s" .Values.x | quote }}\n`);
  });

  it('escapes template syntax that is configuration, not a marker', () => {
    const out = toHelmTemplate(`data:\n  GREETING: "Hallo {{ name }}"\n`);
    expect(out).toBe(`data:\n  GREETING: "Hallo {{ "{{" }} name {{ "}}" }}"\n`);
  });

  it('wraps a manifest with a condition annotation and drops the annotation', () => {
    const out = toHelmTemplate(
      `kind: A\nmetadata:\n  annotations:\n    lethe.dev/helm-condition: (index .Values.services "x").enabled\n  name: a\n---\nkind: B\nmetadata:\n  name: b\n`,
    );
    expect(out).toBe(`{{- if (index .Values.services "x").enabled }}\nkind: A\nmetadata:\n  name: a\n{{- end }}\n---\nkind: B\nmetadata:\n  name: b\n`);
  });

  it('keeps other annotations of a conditional manifest', () => {
    const out = toHelmTemplate(`kind: A\nmetadata:\n  annotations:\n    keep: me\n    lethe.dev/helm-condition: .Values.on\n  name: a\n`);
    expect(out).toBe(`{{- if .Values.on }}\nkind: A\nmetadata:\n  annotations:\n    keep: me\n  name: a\n{{- end }}\n`);
  });
});
