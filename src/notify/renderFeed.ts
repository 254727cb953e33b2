import type { ReleaseRecord } from '../model/release.ts';

/**
 * An Atom feed (RFC 4287) of every release of a policy, newest first, editorial ones
 * included and categorised by tier. Ids are stable URNs and dates come from the
 * releases, so the same releases give the same bytes.
 *
 * Written here rather than with the `feed` package: that package insists on absolute
 * URLs, while a build does not know where dist/ will be served, and Atom allows links
 * relative to the feed's own address (feed.xml sits beside the version folders).
 */
export function renderFeed(policy: string, policyName: string, releases: readonly ReleaseRecord[], options: { baseUrl?: string; lang: string }): string {
  const base = options.baseUrl ? `${options.baseUrl.replace(/\/$/, '')}/${policy}/` : '';
  const updated = releases.at(-1)?.issued ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(options.lang)}">`,
    `  <id>urn:policyforge:${xml(policy)}</id>`,
    `  <title>${xml(policyName)}: versions</title>`,
    `  <subtitle>Every released version of the ${xml(policyName)}, with the tier of each change.</subtitle>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(base)}feed.xml"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(base)}index.html"/>`,
    `  <author><name>${xml(policyName)}</name></author>`,
    '  <generator>policyforge</generator>',
  ];
  for (const record of [...releases].reverse()) {
    lines.push(
      '  <entry>',
      `    <id>urn:policyforge:${xml(policy)}:${xml(record.version)}</id>`,
      `    <title>Version ${xml(record.version)} (${record.tier}), in effect from ${record.effective}</title>`,
      `    <updated>${record.issued}T00:00:00Z</updated>`,
      `    <published>${record.issued}T00:00:00Z</published>`,
      `    <link rel="alternate" type="text/html" href="${xml(base)}${xml(record.version)}/notice.html"/>`,
      `    <category term="${record.tier}" scheme="urn:policyforge:tier" label="${record.tier}"/>`,
      `    <summary>${xml(record.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}
