import { describe, expect, it } from 'vitest';
import { readPolicy, readTemplates } from '../load/index.ts';
import type { Policy } from '../model/schema.ts';
import { compileNoticeTemplates, composeNotice } from './composeNotice.ts';

async function compose(edit: (policy: Policy) => void) {
  const loaded = await readPolicy('test/fixtures/minimal/content', 'demo');
  const { templates } = await readTemplates('templates');
  const partials = Object.fromEntries(
    Object.entries(templates.files)
      .filter(([name]) => name.startsWith('notice/partials/'))
      .map(([name, file]) => [name.slice('notice/partials/'.length, -'.hbs'.length), file]),
  );
  const compiled = compileNoticeTemplates({ notice: templates.files['notice/notice.hbs']!, partials });
  const policy = structuredClone(loaded.policy!);
  edit(policy);
  return composeNotice(policy, {}, { id: '2025-01-01', draft: false, issued: '2025-01-01', effective: '2025-01-01' }, compiled.templates!).markdown!;
}

describe('composeNotice', () => {
  it('composes the minimal policy with its issue date', async () => {
    const markdown = await compose(() => {});
    expect(markdown).toMatch(/^# Demo privacy notice\n/);
    expect(markdown).toContain('## How we use your data\n\n- To provide the service you signed up for.');
    expect(markdown).toContain('- Email us at [privacy@demo.example](mailto:privacy@demo.example)');
    expect(markdown.trimEnd().endsWith('Issue Date: 1 January 2025')).toBe(true);
  });

  it('shows raw HTML in text as text', async () => {
    const markdown = await compose((p) => (p.purposes[0]!.description = 'To help <script>alert(1)</script> you.'));
    expect(markdown).toContain('To help &lt;script>alert(1)&lt;/script> you.');
    expect(markdown).not.toContain('<script');
  });

  it('keeps a field on its line, so it cannot open a heading or list of its own', async () => {
    const markdown = await compose((p) => (p.purposes[0]!.description = 'First line.\n\n# Injected heading\n- injected item'));
    expect(markdown).toContain('- First line. # Injected heading - injected item');
    expect(markdown).not.toMatch(/^# Injected/m);
  });

  it('leaves Handlebars expressions in content as inert text', async () => {
    const markdown = await compose((p) => (p.purposes[0]!.description = "{{constructor.constructor('return 1')()}} and {{> notice}}"));
    expect(markdown).toContain("- {{constructor.constructor('return 1')()}} and {{> notice}}");
  });

  it('escapes a contact value so it cannot close its link early', async () => {
    const markdown = await compose((p) => (p.contact.channels[0]!.value = 'a)b](javascript:alert(1))@demo.example'));
    expect(markdown).toContain('[a\\)b\\]\\(javascript:alert\\(1\\)\\)@demo.example](mailto:a%29b%5D%28javascript:alert%281%29%29@demo.example)');
  });
});

describe('composeNotice and block structure in content', () => {
  it.each(['## Your rights are waived', '# Injected', '> Quoted', '- Listed', '1. Numbered', '---', '```'])('keeps "%s" at the start of a field as text', async (payload) => {
    const markdown = await compose((p) => {
      p.contact.intro = payload;
      p.purposes[0]!.description = payload;
    });
    const lines = markdown.split('\n');
    expect(lines).not.toContain(payload);
    expect(lines).not.toContain(`- ${payload}`);
    const { markdownToHtml } = await import('../render/html/markdownToHtml.ts');
    const { html } = markdownToHtml(markdown);
    expect(html).not.toMatch(/<h[1-6][^>]*>(Your rights are waived|Injected)|<blockquote|<hr|<pre|<ol/);
  });
});
