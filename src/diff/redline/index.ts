// Entry point of the text redline: split, align, diff, render. Everything here is pure.
export { splitSections } from './splitSections.ts';
export { redline } from './redline.ts';
export { renderRedlineHtml, type RenderRedlineHtmlOptions } from './renderRedlineHtml.ts';
export { redlineCss } from './redlineCss.ts';
export { renderRedlineMarkdown } from './renderRedlineMarkdown.ts';
export { renderRedlineText } from './renderRedlineText.ts';
export type { Block, BlockChange, BlockKind, Redline, RedlineCounts, Section, SectionChange, SectionStatus, WordOp } from './types.ts';
