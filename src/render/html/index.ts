export { markdownToHtml, type TocEntry } from './markdownToHtml.ts';
export { renderHtml, type HtmlPageInput } from './renderHtml.ts';
export { compileHtmlTemplates } from './compileHtmlTemplates.ts';
