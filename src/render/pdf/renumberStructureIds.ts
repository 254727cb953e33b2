import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const ID_KEYS = ['ID', 'Headers'].map((key) => PDFName.of(key));

/**
 * Replaces Chromium's structure element IDs, which count DOM nodes process-wide, with IDs
 * that depend on the document only: numbered in the order the elements appear in the file.
 * (Numbering them in the order of the old IDs is not enough: the renderer's node counter
 * does not always hand out the same relative order for the same document.)
 */
export function renumberStructureIds(pdf: PDFDocument): void {
  const elements = pdf.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFDict ? [object] : []));
  const renamed = new Map<string, string>();
  for (const dict of elements) {
    const id = dict.get(PDFName.of('ID'));
    if ((id instanceof PDFString || id instanceof PDFHexString) && !renamed.has(id.decodeText())) {
      renamed.set(id.decodeText(), `node${String(renamed.size + 1).padStart(8, '0')}`);
    }
  }
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
  // Besides /ID on elements, the IDs are referenced by table cells (/Headers).
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
  rebuildIdTree(pdf, renamed);
}

/** Renames the keys of the structure tree's /IDTree and puts them back in the byte order a name tree needs. */
function rebuildIdTree(pdf: PDFDocument, renamed: ReadonlyMap<string, string>): void {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  if (!root) return;
  const leaves: PDFDict[] = [];
  const walk = (node: PDFDict) => {
    if (node.lookupMaybe(PDFName.of('Names'), PDFArray)) leaves.push(node);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; index < (kids?.size() ?? 0); index++) {
      const kid = kids!.lookupMaybe(index, PDFDict);
      if (kid) walk(kid);
    }
  };
  walk(root);
  const pairs: [string, PDFObject][] = [];
  for (const leaf of leaves) {
    const names = leaf.lookup(PDFName.of('Names'), PDFArray);
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const key = names.get(index);
      const text = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : '';
      pairs.push([renamed.get(text) ?? text, names.get(index + 1)]);
    }
  }
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Refill the leaves in order, each with as many entries as it had, and reset their limits.
  let next = 0;
  for (const leaf of leaves) {
    const names = leaf.lookup(PDFName.of('Names'), PDFArray);
    const count = Math.floor(names.size() / 2);
    const slice = pairs.slice(next, next + count);
    next += count;
    const rebuilt = PDFArray.withContext(pdf.context);
    for (const [key, value] of slice) rebuilt.push(PDFString.of(key)), rebuilt.push(value);
    leaf.set(PDFName.of('Names'), rebuilt);
    if (leaf.has(PDFName.of('Limits')) && slice.length > 0) {
      leaf.set(PDFName.of('Limits'), pdf.context.obj([PDFString.of(slice[0]![0]), PDFString.of(slice.at(-1)![0])]));
    }
  }
  // An intermediate node's limits span its kids' limits; Chromium writes one leaf under the root,
  // so only the leaves are rewritten, and a root with /Limits is refreshed from the whole range.
  if (root.has(PDFName.of('Limits')) && pairs.length > 0) {
    root.set(PDFName.of('Limits'), pdf.context.obj([PDFString.of(pairs[0]![0]), PDFString.of(pairs.at(-1)![0])]));
  }
}
