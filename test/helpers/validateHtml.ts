import { HtmlValidate, type RuleConfig } from 'html-validate';

// The recommended preset, every rule on: the outputs are generated, so there is
// no legacy markup to excuse. A caller that turns a rule off says why.
const PRESET = 'html-validate:recommended';
const validators = new Map<string, HtmlValidate>();

/** Validates a complete HTML document; returns one `name:line:col rule message` line per error or warning. */
export async function validateHtml(html: string, name: string, rules: RuleConfig = {}): Promise<string[]> {
  const key = JSON.stringify(rules);
  let validator = validators.get(key);
  if (!validator) validators.set(key, (validator = new HtmlValidate({ extends: [PRESET], rules })));
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}
