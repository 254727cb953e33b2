import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const ID_KEYS = ['ID', 'Headers', 'Names', 'Limits'].map((key) => PDFName.of(key));

/** Replaces Chromium's structure element IDs, which count DOM nodes process-wide, with IDs that depend on the document only. */
export function renumberStructureIds(pdf: PDFDocument): void {
  const elements = pdf.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFDict ? [object] : []));
  const oldIds = elements.flatMap((dict) => {
    const id = dict.get(PDFName.of('ID'));
    return id instanceof PDFString || id instanceof PDFHexString ? [id.decodeText()] : [];
  });
  // Sorted old -> sorted new keeps the /IDTree name tree (keyed in byte order) valid.
  const renamed = new Map(
    [...new Set(oldIds)].sort().map((old, index) => [old, `node${String(index + 1).padStart(8, '0')}`] as const),
  );
  if (renamed.size === 0) return;
  const rename = (value: PDFObject | undefined): PDFObject | undefined => {
    if (value instanceof PDFString || value instanceof PDFHexString) {
      const next = renamed.get(value.decodeText());
      return next === undefined ? value : PDFString.of(next);
    }
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index++) value.set(index, rename(value.get(index))!);
    }
    return value;
  };
  // Besides /ID on elements, the IDs are referenced by table cells (/Headers)
  // and indexed by the structure tree's /IDTree (/Names, /Limits).
  const visit = (dict: PDFDict) => {
    for (const key of ID_KEYS) {
      const value = dict.get(key);
      if (value) dict.set(key, rename(value)!);
    }
    const attributes = dict.get(PDFName.of('A'));
    const inline = attributes instanceof PDFArray ? attributes.asArray() : [attributes];
    for (const item of inline) if (item instanceof PDFDict) visit(item);
  };
  elements.forEach(visit);
}
