/** Display helpers shared by the notes components. */
import { localIsoDay } from '@/lib/platform/dates';
import { formatDate, t } from '@/lib/platform/i18n';
import type { FollowUpStatus, NoteKind } from '@/lib/notes/types';

export const kindLabel = (kind: NoteKind) => t(`notes.kind.${kind}`);
export const statusLabel = (status: FollowUpStatus) => t(`notes.status.${status}`);

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time of a timestamp, e.g. "11/26/2026 14:05". */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${formatDate(localIsoDay(d))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
