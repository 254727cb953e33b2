import { checkPolicy } from '../check/index.ts';
import { composeNotice } from '../compose/composeNotice.ts';
import { proseTexts } from '../load/proseTexts.ts';
import { sortMessages } from '../model/message.ts';
import { verifyReleases } from '../release/verifyReleases.ts';
import { compileProjectTemplates } from './compileProjectTemplates.ts';
import { loadProject } from './loadProject.ts';

/** Loads and checks the whole project: schema, lint rules, release chains, templates and the draft's composition. */
export async function checkProject(contentDir: string, templatesDir: string, policy?: string) {
  const project = await loadProject(contentDir, templatesDir, policy);
  const messages = [...project.messages];
  const policies = project.content.policies;
  for (const loaded of policies) {
    messages.push(...checkPolicy(loaded));
    messages.push(...verifyReleases(loaded.id, loaded.releases));
  }
  const { compiled, messages: templateMessages } = compileProjectTemplates(project.templates, policies);
  messages.push(...templateMessages);
  for (const loaded of policies) {
    // Composing the draft is the only way to find values a template asks for that the data lacks.
    const notice = compiled?.notice.get(loaded.id);
    if (!loaded.policy || !notice) continue;
    const prose = proseTexts(loaded);
    messages.push(...composeNotice(loaded.policy, prose, { id: 'draft', draft: true }, notice).messages);
  }
  return { messages: sortMessages(messages), policies, templates: compiled };
}
