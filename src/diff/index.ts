// Entry of the diff stage: field-level findings, materiality floors and the text redline. Pure.
export * from './fields/index.ts';
export * from './materiality/index.ts';
export * from './redline/index.ts';
export { renderChanges, type ComparedVersion, type RenderedChanges } from './renderChanges.ts';
