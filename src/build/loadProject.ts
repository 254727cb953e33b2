import { readContent, readTemplates, type LoadedContent, type TemplateFiles } from '../load/index.ts';
import type { Message } from '../model/message.ts';

/** Content and templates read from disk: everything a check or build needs. */
export interface LoadedProject {
  content: LoadedContent;
  templates: TemplateFiles;
  messages: Message[];
}

/** Reads the content folder and the templates folder. */
export async function loadProject(contentDir: string, templatesDir: string, only?: string): Promise<LoadedProject> {
  const [content, templates] = await Promise.all([readContent(contentDir, only), readTemplates(templatesDir)]);
  return {
    content,
    templates: templates.templates,
    messages: [...content.messages, ...templates.messages, ...content.policies.flatMap((p) => p.messages)],
  };
}
