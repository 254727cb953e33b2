import { compileTemplates } from '../../compose/compileTemplates.ts';
import type { SourceFile } from '../../load/readPolicy.ts';

/** Compiles the page, fragment and history layouts; unlike notice templates these escape HTML. */
export function compileHtmlTemplates(page: SourceFile, fragment: SourceFile, history: SourceFile) {
  return compileTemplates({ page, fragment, history }, { fragment }, {}, {}, { escape: true });
}
