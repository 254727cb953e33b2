import { compileTemplates } from '../../compose/compileTemplates.ts';
import type { SourceFile } from '../../load/readPolicy.ts';

/** Compiles the page, fragment, history and changes layouts; unlike notice templates these escape HTML. */
export function compileHtmlTemplates(page: SourceFile, fragment: SourceFile, history: SourceFile, changes: SourceFile) {
  return compileTemplates({ page, fragment, history, changes }, { fragment }, {}, {}, { escape: true });
}
