/** A heading-delimited slice of a notice; the preamble is the text before the first heading. */
export interface Section {
  /** GitHub-style slug of the heading, deduplicated (`x`, `x-1`); `''` for the preamble. */
  id: string;
  /** Heading text as written in the Markdown (`''` for the preamble). */
  heading: string;
  /** ATX heading level 1-6; 0 for the preamble. */
  level: number;
  /** Markdown between this heading and the next one, untouched. */
  body: string;
}

/** What a normalised block is, so renderers can rebuild lists and tables. */
export type BlockKind = 'paragraph' | 'bullet-item' | 'ordered-item' | 'table-row' | 'quote' | 'code';

/** A normalised unit of comparison: one paragraph, list item, table row, quote or code line. */
export interface Block {
  kind: BlockKind;
  /** Normalised text: whitespace collapsed, soft breaks unwrapped, list marker removed. */
  text: string;
}

/** One run of tokens with the same fate. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** How one block fared: kept, added, dropped, or edited in place (ops carry the word diff). */
export interface BlockChange {
  kind: BlockKind;
  change: 'unchanged' | 'inserted' | 'deleted' | 'changed';
  ops: WordOp[];
}

/** What happened to a section between the two versions. */
export type SectionStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved' | 'moved-and-changed';

/** The redline of one section. Indexes are positions in `splitSections` output (preamble = 0). */
export interface SectionChange {
  /** Id in the after version (before version for removed sections). */
  id: string;
  /** Heading in the after version (before version for removed sections). */
  heading: string;
  level: number;
  status: SectionStatus;
  fromIndex?: number;
  toIndex?: number;
  /** Word diff of the heading itself; a single equal op unless the heading was renamed. */
  headingOps: WordOp[];
  blocks: BlockChange[];
}

/** Totals over the whole redline; a word is any non-whitespace token (word or punctuation mark). */
export interface RedlineCounts {
  insertedWords: number;
  deletedWords: number;
  /** Sections with any content change: changed, moved-and-changed, added, removed. */
  changedSections: number;
  /** Sections marked moved or moved-and-changed. */
  movedSections: number;
}

/** A text redline between two notice versions, as plain data in after-document order. */
export interface Redline {
  sections: SectionChange[];
  counts: RedlineCounts;
}
