/** Compact constructor for playbook data rows, so the tables in carc.ts / rarc.ts stay readable. */
import type { TemplateId } from './letters';
import type { PlaybookAction, PlaybookEntry, PlaybookKind, PlaybookText } from './types';

export function entry(list: PlaybookEntry['list']) {
  return (
    code: string, kind: PlaybookKind, actions: PlaybookAction[], template: TemplateId | null,
    en: PlaybookText, fr: PlaybookText,
  ): PlaybookEntry => ({ list, code, kind, actions, template, en, fr });
}
