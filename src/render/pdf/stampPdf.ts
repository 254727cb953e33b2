import { createHash } from 'node:crypto';
import type { PDFArray as PdfArray } from 'pdf-lib';
import type { PdfPaper } from './PdfDocument.ts';
import { renumberStructureIds } from './renumberStructureIds.ts';

/** Exact ISO 216 / ANSI page sizes in points. */
export const PAPER_SIZES: Record<PdfPaper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/** Producer and Creator written to every PDF; fixed so a browser update alone does not show up in metadata. */
export const PDF_PRODUCER = 'policyforge';

/** What stampPdf writes into the PDF. */
export interface PdfStamp {
  title: string;
  lang: string;
  fixedDate: Date;
  paper: PdfPaper;
}

const ID_PLACEHOLDER = '0'.repeat(32);

/** Rewrites Chromium's PDF so identical input gives identical bytes: fixed metadata, exact paper, content-derived ID. */
export async function stampPdf(chromiumPdf: Uint8Array, stamp: PdfStamp): Promise<Uint8Array> {
  // Loaded on first use: a build that prints nothing should not pay for pdf-lib.
  const { PDFArray, PDFDocument, PDFHexString } = await import('pdf-lib');
  const pdf = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
  renumberStructureIds(pdf);
  pdf.setTitle(stamp.title, { showInWindowTitleBar: true });
  pdf.setLanguage(stamp.lang);
  pdf.setProducer(PDF_PRODUCER);
  pdf.setCreator(PDF_PRODUCER);
  pdf.setCreationDate(stamp.fixedDate);
  pdf.setModificationDate(stamp.fixedDate);
  // Chromium snaps the page to its pixel grid (A4 comes out 595.92 x 841.92);
  // the difference is a sliver of empty margin, so crop to the exact size.
  const { width, height } = PAPER_SIZES[stamp.paper];
  for (const page of pdf.getPages()) {
    const box = page.getMediaBox();
    page.setMediaBox(box.x, box.y + box.height - height, width, height);
  }
  const placeholder = PDFHexString.of(ID_PLACEHOLDER);
  pdf.context.trailerInfo.ID = PDFArray.withContext(pdf.context);
  (pdf.context.trailerInfo.ID as PdfArray).push(placeholder);
  (pdf.context.trailerInfo.ID as PdfArray).push(placeholder);
  // No object streams: the file stays close to Chromium's layout and the ID
  // sits in a plain-text trailer where it can be filled in below.
  const bytes = await pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
  return fillDocumentId(bytes);
}

/** The trailer ID is the file's own digest (taken with the ID zeroed), so it changes exactly when the content does. */
function fillDocumentId(bytes: Uint8Array): Uint8Array {
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const trailerAt = text.lastIndexOf('trailer');
  const idAt = text.indexOf(`/ID [ <${ID_PLACEHOLDER}> <${ID_PLACEHOLDER}> ]`, trailerAt);
  if (trailerAt < 0 || idAt < 0) throw new Error('stampPdf: pdf-lib wrote no /ID placeholder in the trailer; its output format changed.');
  const out = new Uint8Array(bytes);
  const id = Buffer.from(digest, 'latin1');
  out.set(id, idAt + '/ID [ <'.length);
  out.set(id, idAt + `/ID [ <${ID_PLACEHOLDER}> <`.length);
  return out;
}
