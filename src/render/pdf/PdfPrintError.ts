/** Thrown when one document cannot be printed; names the document so the build can report it. */
export class PdfPrintError extends Error {
  readonly documentId: string;

  constructor(documentId: string, reason: string, options?: { cause?: unknown }) {
    super(`Could not print the PDF for "${documentId}": ${reason}`, options);
    this.name = 'PdfPrintError';
    this.documentId = documentId;
  }
}
