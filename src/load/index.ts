export { parseYaml, locate, type ParsedYaml } from './parseYaml.ts';
export { validateWithSchema } from './validateWithSchema.ts';
export { readTextFile, MAX_CONTENT_BYTES } from './readTextFile.ts';
export { readPolicy, type LoadedPolicy, type SourceFile } from './readPolicy.ts';
export { readContent, type LoadedContent } from './readContent.ts';
export { readTemplates, type TemplateFiles } from './readTemplates.ts';
export { readReleases, type ReleaseFile } from './readReleases.ts';
export { readChangeNotes, type PendingChangeNote } from './readChangeNotes.ts';
export { readFolderTexts, type FolderText } from './readFolderTexts.ts';
