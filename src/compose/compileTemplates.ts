import Handlebars from 'handlebars';
import type { SourceFile } from '../load/readPolicy.ts';
import { createMessage, type Message } from '../model/message.ts';

/** A compiled, isolated Handlebars environment for one policy's notice. */
export interface CompiledTemplates {
  /** Renders a template; a value missing in strict mode comes back as a located message. */
  render(name: string, context: object): { output: string; message?: undefined } | { output?: undefined; message: Message };
  has(name: string): boolean;
}

type Helpers = Record<string, Handlebars.HelperDelegate>;

/**
 * Compiles the templates in strict mode with no prototype access: `main` are the
 * top-level templates by name, `partials` are shared, `overrides` replace partials
 * for one policy. Template syntax errors and unknown partials become messages.
 * Output is not HTML-escaped unless `options.escape` is set.
 */
export function compileTemplates(
  main: Record<string, SourceFile>,
  partials: Record<string, SourceFile>,
  helpers: Helpers,
  overrides: Record<string, SourceFile> = {},
  options: { escape?: boolean } = {},
): { templates?: CompiledTemplates; messages: Message[] } {
  const env = Handlebars.create();
  const messages: Message[] = [];
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, helper);
  const allPartials = { ...partials, ...overrides };
  const known = new Set(Object.keys(allPartials));
  const compiled = new Map<string, { source: SourceFile; template: Handlebars.TemplateDelegate }>();

  const compile = (name: string, source: SourceFile): Handlebars.TemplateDelegate | undefined => {
    let ast: hbs.AST.Program;
    try {
      ast = env.parse(source.text);
    } catch (error) {
      messages.push(parseErrorMessage(source, error as Error));
      return undefined;
    }
    for (const partial of partialReferences(ast)) {
      if (!known.has(partial.name)) {
        messages.push(
          createMessage(source.file, partial.position, 'error', 'template-unknown-partial', `Unknown partial "${partial.name}" in template ${name}.`, `Known partials: ${[...known].sort().join(', ')}.`),
        );
      }
    }
    // Notice templates emit Markdown from pre-escaped data; page layouts emit HTML and escape.
    return env.compile(ast, { strict: true, noEscape: !options.escape, knownHelpersOnly: false });
  };

  for (const [name, source] of Object.entries(allPartials)) {
    const template = compile(name, source);
    if (template) {
      // Tag errors with the partial's file: Handlebars does not say which template failed.
      const tagged = ((context: unknown, options: Handlebars.RuntimeOptions) => {
        try {
          return template(context, options);
        } catch (error) {
          if (error && typeof error === 'object' && !('templateFile' in error)) Object.assign(error, { templateFile: source.file, templateText: source.text });
          throw error;
        }
      }) as Handlebars.TemplateDelegate;
      env.registerPartial(name, tagged);
      compiled.set(`partial:${name}`, { source, template });
    }
  }
  for (const [name, source] of Object.entries(main)) {
    const template = compile(name, source);
    if (template) compiled.set(name, { source, template });
  }
  if (messages.length > 0) return { messages };

  return {
    messages,
    templates: {
      has: (name) => compiled.has(name) || compiled.has(`partial:${name}`),
      render(name, context) {
        const entry = compiled.get(name) ?? compiled.get(`partial:${name}`);
        if (!entry) throw new Error(`No template "${name}" was compiled; pass it in \`main\` or \`partials\`.`);
        try {
          return {
            output: entry.template(context, {
              allowProtoPropertiesByDefault: false,
              allowProtoMethodsByDefault: false,
            }),
          };
        } catch (error) {
          return { message: renderErrorMessage(error, entry.source) };
        }
      },
    },
  };
}

function renderErrorMessage(error: unknown, fallback: SourceFile): Message {
  const e = error as { message?: string; lineNumber?: number; column?: number; templateFile?: string; templateText?: string };
  if (typeof e?.message !== 'string') throw error;
  const file = e.templateFile ?? fallback.file;
  if (typeof e.lineNumber !== 'number') {
    // A lookup through a missing object (a.b.c with no a.b) fails in JavaScript, without a position.
    return createMessage(file, undefined, 'error', 'template-error', e.message, 'Guard nested lookups with {{#if}} on the parent first.');
  }
  const column = (e.column ?? 0) + 1;
  // Handlebars names only the last segment ("statement" not defined in [object Object]);
  // the template text at the reported position gives the whole expression.
  const missing = /^"([^"]+)" not defined/.exec(e.message)?.[1];
  const line = (e.templateText ?? fallback.text).split('\n')[e.lineNumber - 1] ?? '';
  const expression = /^[\w@.\/-]+/.exec(line.slice(column - 1))?.[0];
  const message =
    missing === undefined
      ? e.message.replace(/ - \d+:\d+$/, '')
      : expression && expression !== missing
        ? `The template asks for "${expression}", but the data has no "${missing}" there.`
        : `The template asks for "${missing}", which is neither in the data here nor a helper.`;
  return createMessage(file, { line: e.lineNumber, column }, 'error', 'template-missing-value', message, 'Strict mode refuses a value the data does not have: correct its name, or guard it with {{#if}}.');
}

function parseErrorMessage(source: SourceFile, error: Error): Message {
  const lines = error.message.split('\n');
  const line = Number(/line (\d+)/.exec(lines[0] ?? '')?.[1] ?? 1);
  let column = 1;
  const snippet = lines[1] ?? '';
  const caret = (lines[2] ?? '').indexOf('^');
  const sourceLine = source.text.split('\n')[line - 1] ?? '';
  if (caret >= 0) {
    // Jison shows up to 20 characters before the error; find them in the real line.
    const before = snippet.slice(0, caret).replace(/^\.\.\./, '');
    const at = sourceLine.lastIndexOf(before);
    if (at >= 0) column = at + before.length + 1;
  }
  const expected = lines.slice(3).join(' ').trim();
  return createMessage(source.file, { line, column }, 'error', 'template-syntax', `Template syntax error: ${expected || lines[0]}`, 'Close every {{#block}} with {{/block}} and every {{ with }}.');
}

function partialReferences(ast: hbs.AST.Program): { name: string; position: { line: number; column: number } }[] {
  const found: { name: string; position: { line: number; column: number } }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown }; loc?: hbs.AST.SourceLocation };
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression' && n.loc) {
      found.push({ name: String(n.name.original), position: { line: n.loc.start.line, column: n.loc.start.column + 1 } });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  visit(ast);
  return found;
}
