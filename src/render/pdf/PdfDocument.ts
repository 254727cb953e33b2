/** Paper sizes the printer knows; each maps to an exact page size in points. */
export type PdfPaper = 'A4' | 'Letter';

/** Footer values printed on every page. */
export interface PdfFooter {
  policyName: string;
  version: string;
  /** Issue date as YYYY-MM-DD. */
  issued: string;
}

/** One notice to print: a full HTML page plus every file it references. */
export interface PdfDocument {
  /** Stable id used as the result key and in errors, e.g. 'xstek/2024-06-18'. */
  id: string;
  /** The full HTML page; relative URLs resolve against `assets`. */
  html: string;
  /** Path (relative to the page) -> content, e.g. 'notice.css', 'fonts/x.woff2'. */
  assets: Record<string, Uint8Array | string>;
  paper: PdfPaper;
  title: string;
  footer: PdfFooter;
  /** BCP 47 language tag written to the PDF catalog. */
  lang: string;
  /** Stamped as CreationDate and ModDate so rebuilds are byte-identical. */
  fixedDate: Date;
}

/** Why the printer refused a request the page made. */
export type RefusalReason = 'outside-origin' | 'missing-asset' | 'navigation';

/** A request the page made that was not answered with content. */
export interface RefusedRequest {
  documentId: string;
  url: string;
  reason: RefusalReason;
}

/** Options for printPdfs. */
export interface PrintPdfsOptions {
  /** Pages printing at once; defaults to os.availableParallelism(). */
  concurrency?: number;
  /** Limit for one document from load to stamped bytes; defaults to 60 000 ms. */
  timeoutMs?: number;
  /** Told about every refused request, so callers can report or fail on them. */
  onRefusedRequest?: (refusal: RefusedRequest) => void;
}
