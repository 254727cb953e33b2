export { composeNotice, compileNoticeTemplates, type VersionInfo, type NoticeTemplates } from './composeNotice.ts';
export { compileTemplates, type CompiledTemplates } from './compileTemplates.ts';
export { formatDate } from './formatDate.ts';
export { escapeInlineMarkdown, escapeRawHtml, mapStrings } from './escapeMarkdown.ts';
export { SECTION_ORDER, DEFAULT_HEADINGS } from './sectionOrder.ts';
