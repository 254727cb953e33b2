import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The titles of a PDF's bookmarks (its /Outlines tree), depth first, in reading order. */
export async function pdfOutlineTitles(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const titles: string[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let node = first; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(node.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}
