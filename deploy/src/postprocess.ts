import { CONDITION_ANNOTATION } from './helm';

/**
 * Turns a template file cdk8s synthesised (`--format helm`) into a Helm template:
 * 1. every `{{` / `}}` already in the text (e.g. in a configuration value) is escaped, so Helm
 *    prints it instead of evaluating it;
 * 2. markers `@@{ expr }@@` become `{{ expr }}` — unquoted where the marker is the whole scalar,
 *    so numbers stay numbers;
 * 3. a manifest carrying the condition annotation is wrapped in `{{- if cond }} … {{- end }}`.
 */
export function toHelmTemplate(synthesised: string): string {
  const documents = synthesised
    .split(/^---$/m)
    .map((doc) => doc.trim())
    .filter(Boolean);
  return `${documents.map(toHelmDocument).join('\n---\n')}\n`;
}

function escapeTemplateSyntax(text: string): string {
  return text.replace(/\{\{|\}\}/g, (braces) => `{{ "${braces}" }}`);
}

const WHOLE_SCALAR = /(['"])@@\{ (.*?) \}@@\1/g;
const INNER = /@@\{ (.*?) \}@@/g;

function unescapeYamlScalar(expression: string, quote: string): string {
  return quote === "'" ? expression.replace(/''/g, "'") : expression.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

function toHelmDocument(doc: string): string {
  const conditionLine = new RegExp(`^(\\s*)${CONDITION_ANNOTATION.replace(/[./]/g, (c) => `\\${c}`)}: (.*)$`, 'm');
  const match = conditionLine.exec(doc);
  let body = doc;
  let condition: string | undefined;
  if (match) {
    condition = match[2].replace(/^(['"])(.*)\1$/, (_, quote: string, inner: string) => unescapeYamlScalar(inner, quote));
    body = body.replace(conditionLine, '').replace(/\n{2,}/g, '\n');
    // Drop an `annotations:` key the condition was the only entry of.
    body = body.replace(/^( *)annotations:\n(?!\1\s)/m, '');
  }
  body = escapeTemplateSyntax(body)
    .replace(WHOLE_SCALAR, (_, quote: string, expression: string) => `{{ ${unescapeYamlScalar(expression, quote)} }}`)
    .replace(INNER, (_, expression: string) => `{{ ${expression} }}`);
  return condition ? `{{- if ${condition} }}\n${body}\n{{- end }}` : body;
}
