import { HtmlValidate } from 'html-validate';

// The recommended preset, every rule on: the outputs are generated, so there is
// no legacy markup to excuse. No rule is turned off.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Validates a complete HTML document; returns one `name:line:col rule message` line per error or warning. */
export async function validateHtml(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}
