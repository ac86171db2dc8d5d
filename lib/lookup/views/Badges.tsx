import type { CodeSystem } from '@/lib/codes/types';
import { systemLabel, type Badge as BadgeSpec } from './labels';

export function SystemChip({ system }: { system: CodeSystem }) {
  return <span className={`lk-chip lk-chip-${system}`}>{systemLabel(system)}</span>;
}

/** A status badge; its caveat is a tooltip for the mouse and hidden text that screen readers read with it. */
export function Badge({ badge }: { badge: BadgeSpec }) {
  return (
    <span className={`lk-badge lk-${badge.tone}`} title={badge.caveat}>
      {badge.text}
      {badge.caveat && (
        <>
          <span aria-hidden="true">*</span>
          <span className="visually-hidden"> ({badge.caveat})</span>
        </>
      )}
    </span>
  );
}
