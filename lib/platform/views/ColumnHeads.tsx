import type { ReactNode } from 'react';

/**
 * A table's header row: one `<th scope="col">` per column, in order, so every table names its
 * columns to screen readers the same way. A column given as false, null or undefined is left out
 * (a column shown only when its action is offered); a column of buttons passes a visually hidden
 * label. `alignLeft` for the settings tables whose cells are left-aligned text.
 */
export function ColumnHeads({ columns, alignLeft = false }: { columns: ReactNode[]; alignLeft?: boolean }) {
  const shown = columns.filter((c) => c !== false && c !== null && c !== undefined);
  return (
    <thead>
      <tr style={alignLeft ? { textAlign: 'left' } : undefined}>
        {shown.map((c, i) => (
          // The columns are fixed for the table's life: their position is their identity.
          <th key={i} scope="col">{c}</th>
        ))}
      </tr>
    </thead>
  );
}
