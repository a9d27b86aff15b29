import Handlebars from 'handlebars';
import { escapeHtml } from '@lethe/platform/http';
import type { FieldViolation } from '@lethe/platform/errors';

/** A placeholder a template key offers: a text, a link (clickable in HTML), or a list of entries. */
export type PlaceholderKind = 'text' | 'link' | 'list';

export interface PlaceholderSpec {
  kind: PlaceholderKind;
  /** The value a preview shows. */
  sample: string | readonly Record<string, string>[];
  /** The fields of a list's entries. */
  fields?: readonly string[];
}

export type Placeholders = Readonly<Record<string, PlaceholderSpec>>;

/** A value of a placeholder when rendering: text, or a list of entries. */
export type Values = Readonly<Record<string, string | readonly Record<string, string>[]>>;

/** Handlebars with nothing registered but its own `if`, `unless` and `each`: tenants' templates run no code of their own. */
const engine = Handlebars.create();
const BLOCK_HELPERS = new Set(['if', 'unless', 'each']);
const COMPILE_OPTIONS = { strict: true, knownHelpers: { if: true, unless: true, each: true }, knownHelpersOnly: true } as const;

/**
 * Most placeholders, and most block tags among them, a template may have. The parser's time grows
 * faster than the text's length with the nesting of blocks (a 10,000-character template of nested
 * or chained blocks takes it hundreds of milliseconds), so they are counted, in one pass over the
 * text, before it parses anything; real templates have a few dozen.
 */
const MAX_TAGS = 300;
const MAX_BLOCK_TAGS = 100;

/** How many `{{` a text has, and how many of them open, continue or close a block: linear, and exact enough to bound the parser's work. */
function tagCounts(text: string): { all: number; blocks: number } {
  let all = 0;
  let blocks = 0;
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) {
    all += 1;
    let next = at + 2;
    while (next < text.length && (text[next] === '~' || text[next] === ' ' || text[next] === '\t' || text[next] === '\n' || text[next] === '\r')) next += 1;
    const mark = text[next];
    if (mark === '#' || mark === '^' || mark === '/' || text.startsWith('else', next)) blocks += 1;
  }
  return { all, blocks };
}

/** The fields of a mustache or block statement, read off any statement. */
interface Node {
  type: string;
  escaped?: boolean;
  path?: hbs.AST.PathExpression | hbs.AST.Expression;
  params?: hbs.AST.Expression[];
  hash?: hbs.AST.Hash;
  program?: hbs.AST.Program;
  inverse?: hbs.AST.Program;
}

/**
 * What is wrong with a template's text, by the rules every template follows: placeholders the key
 * offers and nothing else, `{{#if}}`, `{{#unless}}` and `{{#each}}` (over a list placeholder, with
 * its entries' fields inside), never unescaped output (`{{{…}}}`), partials, or other helpers.
 * `field` names the request field the violations are reported on.
 */
export function templateViolations(text: string, placeholders: Placeholders, field: string): FieldViolation[] {
  const tags = tagCounts(text);
  if (tags.all > MAX_TAGS || tags.blocks > MAX_BLOCK_TAGS) {
    return [{ field, code: 'too_complex', description: `must have at most ${MAX_TAGS} placeholders and ${MAX_BLOCK_TAGS} block tags ({{#…}}, {{else}}, {{/…}})` }];
  }
  let program: hbs.AST.Program;
  try {
    program = engine.parse(text);
  } catch (err) {
    const line = /line (\d+)/.exec((err as Error).message)?.[1];
    return [{ field, code: 'invalid_template', description: `is not a valid template${line ? ` (line ${line})` : ''}: check the braces of every placeholder` }];
  }
  const violations: FieldViolation[] = [];
  const refuse = (description: string, code = 'invalid_template') => violations.push({ field, code, description });

  const visit = (nodes: readonly hbs.AST.Statement[], inside: PlaceholderSpec | undefined) => {
    for (const node of nodes as unknown as Node[]) {
      switch (node.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement': {
          if (node.escaped === false) refuse('must not use {{{…}}}: every value is escaped');
          if ((node.params?.length ?? 0) > 0 || (node.hash?.pairs.length ?? 0) > 0) refuse(`must not call helpers ({{${pathOf(node)} …}})`);
          else checkPath(node.path as hbs.AST.PathExpression, inside, 'text');
          break;
        }
        case 'BlockStatement': {
          const helper = pathOf(node);
          const [param] = (node.params ?? []) as hbs.AST.PathExpression[];
          if (!BLOCK_HELPERS.has(helper) || node.params?.length !== 1 || param?.type !== 'PathExpression') {
            refuse(`may use only {{#if x}}, {{#unless x}} and {{#each list}} blocks, not {{#${helper}}}`);
            break;
          }
          const spec = checkPath(param, inside, helper === 'each' ? 'list' : 'any');
          visit(node.program?.body ?? [], helper === 'each' ? spec : inside);
          visit(node.inverse?.body ?? [], inside);
          break;
        }
        default:
          refuse(`must not contain ${node.type === 'PartialStatement' || node.type === 'PartialBlockStatement' ? 'partials' : node.type}`);
      }
    }
  };

  const checkPath = (path: hbs.AST.PathExpression, list: PlaceholderSpec | undefined, expect: 'text' | 'list' | 'any'): PlaceholderSpec | undefined => {
    if (path.type !== 'PathExpression' || path.data) {
      refuse(`must not use ${path.original ?? 'this value'}`);
      return undefined;
    }
    const parts = path.parts.filter((part) => part !== 'this');
    // Inside {{#each}}: the entry's fields, by name or as this.field.
    if (list && parts.length === 1 && list.fields?.includes(parts[0])) return undefined;
    const [name] = parts;
    const spec = parts.length === 1 && !path.original.startsWith('this') && Object.prototype.hasOwnProperty.call(placeholders, name) ? placeholders[name] : undefined;
    if (!spec) {
      violations.push({ field, code: 'unknown_placeholder', description: `uses the unknown placeholder {{${path.original}}}; this template offers ${Object.keys(placeholders).sort().join(', ') || 'none'}` });
      return undefined;
    }
    if (expect === 'list' && spec.kind !== 'list') refuse(`can repeat only a list, and {{${name}}} is not one`);
    if (expect === 'text' && spec.kind === 'list') refuse(`must repeat the list {{${name}}} with {{#each ${name}}}`);
    return spec;
  };

  visit(program.body, undefined);
  return violations;
}

function pathOf(node: Node): string {
  const path = node.path as hbs.AST.PathExpression | undefined;
  return path?.original ?? '?';
}

export interface Rendered {
  subject: string;
  text: string;
  /** The HTML part: escaped values, links clickable, paragraphs. */
  html: string;
}

const compiled = new Map<string, { text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate }>();
const MAX_COMPILED = 500;

/** A template compiled once for text (no escaping) and once for HTML (escaping), cached by its text. */
function compile(source: string): { text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate } {
  let both = compiled.get(source);
  if (!both) {
    both = { text: engine.compile(source, { ...COMPILE_OPTIONS, noEscape: true }), html: engine.compile(asHtml(engine.parse(source)), COMPILE_OPTIONS) };
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(source, both);
  }
  return both;
}

/** Every declared placeholder has a value: strict rendering refuses anything undeclared, never a blank. */
function complete(values: Values, placeholders: Placeholders): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(placeholders)) all[name] = values[name] ?? (spec.kind === 'list' ? [] : '');
  return all;
}

/**
 * The HTML form of a template's text, decided once when it is compiled: its own words are escaped
 * like the values (a template cannot carry markup — a hidden link, a tracking image — into a
 * message), a blank line ends a paragraph and a line break stays one.
 */
function asHtml(program: hbs.AST.Program): hbs.AST.Program {
  for (const node of program.body as unknown as Node[]) {
    if (node.type === 'ContentStatement') {
      const content = node as unknown as hbs.AST.ContentStatement;
      content.value = escapeHtml(content.value).replace(/\n[ \t]*\n\s*/g, '</p>\n<p>').replace(/\n(?!<p>)/g, '<br>\n');
    }
    if (node.program) asHtml(node.program);
    if (node.inverse) asHtml(node.inverse);
  }
  return program;
}

/** A value as the HTML part shows it: escaped, a link clickable, its line breaks kept. */
function htmlValue(value: string, spec: PlaceholderSpec): string | Handlebars.SafeString {
  if (spec.kind === 'link' && value) return new Handlebars.SafeString(`<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`);
  return value.includes('\n') ? new Handlebars.SafeString(escapeHtml(value).replace(/\n/g, '<br>\n')) : value;
}

/** Renders a template's subject and body with values; the HTML part escapes every value and turns links into anchors. */
export function renderTemplate(template: { subject: string; body: string }, placeholders: Placeholders, values: Values): Rendered {
  const data = complete(values, placeholders);
  const forHtml: Record<string, unknown> = { ...data };
  for (const [name, spec] of Object.entries(placeholders)) {
    const value = data[name];
    if (typeof value === 'string') forHtml[name] = htmlValue(value, spec);
  }
  const body = compile(template.body);
  // A subject is one line: a line break in a value could otherwise start a header of its own.
  const subject = template.subject ? compile(template.subject).text(data).replace(/[\r\n]+/g, ' ').trim() : '';
  return { subject, text: body.text(data), html: `<p>${body.html(forHtml).trim()}</p>` };
}
