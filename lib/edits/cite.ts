/** Finding params that cite where an edit came from: table, quarter, file, and a note when the date is outside the file's dates. */
import { outsideCoverage } from './edits-index';
import type { EditFileMeta } from './tables';

export function citeParams(meta: EditFileMeta, dos: string): Record<string, string> {
  return {
    tableKey: `edits.table.${meta.setting}`,
    quarter: meta.quarter,
    file: meta.fileName,
    from: meta.coversFrom,
    to: meta.coversTo,
    noteKey: outsideCoverage(meta, dos) ? 'edits.note.outside' : '',
  };
}
