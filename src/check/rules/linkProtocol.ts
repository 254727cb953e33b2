import type { Nodes } from 'mdast';
import type { ContactChannel, Policy } from '../../model/schema.ts';
import type { Finding, Rule, TextBlock, YamlPath } from '../rule.ts';

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Links go only to web pages, email addresses, phone numbers, relative paths or anchors. */
export const linkProtocol: Rule = {
  id: 'link-protocol',
  defaultSeverity: 'error',
  description: 'Every link target in text, prose and web contact channels is http(s), mailto, tel, relative or an #anchor; never javascript:, data: or the like.',
  example: 'statement: "Read [our terms](javascript:alert(1))."',
  check({ policy, texts, at }) {
    const findings: Finding[] = [];
    for (const block of texts) findings.push(...checkBlock(block));
    for (const [path, channels] of channelLists(policy)) {
      channels.forEach((channel, index) => {
        if (channel.kind !== 'web') return;
        const scheme = schemeOf(channel.value);
        if (scheme === undefined || scheme === 'http' || scheme === 'https') return;
        findings.push({
          position: at([...path, index, 'value']),
          message: `Web contact "${channel.value}" uses the ${scheme}: scheme; a web channel is expected to be an http(s) address.`,
          hint: 'Give the https:// address of the page.',
        });
      });
    }
    return findings;
  },
};

function checkBlock(block: TextBlock): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: Nodes): void => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position?.start.offset !== undefined) {
      const scheme = schemeOf(node.url);
      if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
        findings.push({
          position: block.positionAt(node.position.start.offset),
          message: `Link in ${block.label} goes to "${node.url.slice(0, 60)}", a ${scheme}: URL; expected http(s), mailto, tel, a relative path or an #anchor.`,
          hint: 'Replace the target with the https:// address of the page, or remove the link.',
        });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(block.tree);
  return findings;
}

/** The URL scheme as a browser would read it (it ignores tabs, newlines and leading controls), lower-cased. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

function channelLists(policy: Policy): [YamlPath, ContactChannel[]][] {
  const lists: [YamlPath, ContactChannel[]][] = [[['contact', 'channels'], policy.contact.channels]];
  policy.controllers.forEach((controller, index) => lists.push([['controllers', index, 'contact'], controller.contact]));
  policy.representatives.forEach((representative, index) => lists.push([['representatives', index, 'contact'], representative.contact]));
  if (policy.dpo?.designated === true) lists.push([['dpo', 'contact'], policy.dpo.contact]);
  return lists;
}
