import { compileProjectTemplates, type ProjectTemplates } from '../src/build/compileProjectTemplates.ts';
import { loadProject } from '../src/build/loadProject.ts';
import { planBuild, type PdfJob } from '../src/build/planBuild.ts';
import type { LoadedPolicy } from '../src/load/index.ts';
import { TEMPLATES } from './repoPaths.ts';
import { TODAY } from './runBuildCli.ts';

/** The notices of a content folder as the build plans them: PDF jobs and each version's Markdown, in build order. */
export interface NoticeSet {
  policies: LoadedPolicy[];
  templates: ProjectTemplates;
  jobs: PdfJob[];
  markdown: string[];
}

/** Loads and plans a content folder (the CLI build has checked it already); throws on errors. */
export async function loadNoticeSet(contentDir: string): Promise<NoticeSet> {
  const project = await loadProject(contentDir, TEMPLATES);
  const policies = project.content.policies;
  const { compiled, messages } = compileProjectTemplates(project.templates, policies);
  const errors = [...project.messages, ...messages].filter((m) => m.severity === 'error');
  if (errors.length > 0 || !compiled) throw new Error(`loadNoticeSet: ${contentDir} has errors: ${errors.slice(0, 3).map((m) => m.message).join('; ')}`);
  const plan = planBuild(policies, compiled, { today: TODAY, pdf: true });
  const markdown = plan.pdfs.map((job) => plan.files.get(job.path.replace(/notice\.pdf$/, 'notice.md')) as string);
  return { policies, templates: compiled, jobs: plan.pdfs, markdown };
}
