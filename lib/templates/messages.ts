/**
 * Messages of the templates domain: add each type to TemplatesProtocol (request and reply types) and to
 * templatesSpecs (receiver-side guard and allowed senders). lib/platform/messaging.ts merges every domain.
 *
 * A filled letter is PHI: these messages carry it from the side panel to the page and keep it
 * nowhere on the way.
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import type { InsertOutcome, TabInsertOutcome } from './insert';
import { isBoolean, isCount, isEmpty, isLiteral, isNullable, isOneOf, isOptional, isShape, isShortString, type Guard } from '@/lib/platform/validate';

/**
 * Longest text a message may carry into a page. A user template body is at most 20,000 characters
 * (lib/templates/user-templates.ts LIMITS); service-line tables and the user's edits can add to it,
 * and no portal field we know takes more than a few thousand.
 */
export const MAX_INSERT_CHARS = 50_000;

export interface TemplatesProtocol {
  /**
   * Side panel -> service worker: insert into the focused field of tab `tabId` (scripts every
   * frame of the tab, then sends `templates.insert` to the one frame holding the focus).
   */
  /**
   * `claimOrigin`: the site the letter's claim was read on (null: a letter without a claim);
   * `confirmedOrigin`: the user agreed to insert into a field on that other site.
   */
  'templates.insertIntoTab': { req: InsertIntoTabRequest; res: TabInsertOutcome };
  /** Service worker -> the insert script in one frame of the portal tab. */
  'templates.insert': { req: { text: string; allowTruncate: boolean }; res: InsertOutcome };
  /**
   * Extension page -> service worker: a letter holding PHI was copied; clear the clipboard after
   * `afterMs` even if the page is closed by then. Carries no text.
   */
  'clipboard.scheduleClear': { req: { afterMs: number }; res: { at: number } };
  /** Service worker -> its offscreen document (Chrome): empty the clipboard now. */
  'clipboard.offscreenClear': { req: Record<string, never>; res: { cleared: boolean } };
}

export type InsertIntoTabRequest = {
  tabId: number;
  text: string;
  allowTruncate: boolean;
  claimOrigin: string | null;
  confirmedOrigin: string | null;
};

const isOrigin = isNullable(isShortString(300));

const isTabId: Guard<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isInsertText = isShortString(MAX_INSERT_CHARS);

const isInsertOk = isShape({ ok: isLiteral(true), cut: isOptional(isShortString(MAX_INSERT_CHARS)), flattened: isOptional(isBoolean) });
const isMaxLength = isShape({
  ok: isLiteral(false),
  reason: isLiteral('maxlength'),
  maxLength: isCount,
  limitSource: isOneOf(['attribute', 'counter']),
  wouldCut: isShortString(MAX_INSERT_CHARS),
  fits: isShortString(MAX_INSERT_CHARS),
});
const isRefusal = (reasons: readonly string[]) => isShape({ ok: isLiteral(false), reason: isOneOf(reasons) });

const isInsertOutcome: Guard<InsertOutcome> = (v): v is InsertOutcome =>
  isInsertOk(v) || isMaxLength(v) || isRefusal(['not-editable', 'no-target'])(v);
const isOriginRefusal = isShape({ ok: isLiteral(false), reason: isOneOf(['not-enabled', 'other-origin']), origin: isShortString(300) });
const isTabInsertOutcome: Guard<TabInsertOutcome> = (v): v is TabInsertOutcome => isInsertOutcome(v) || isRefusal(['no-access'])(v) || isOriginRefusal(v);

export const templatesSpecs: SpecTable<TemplatesProtocol> = {
  'clipboard.scheduleClear': { req: isShape({ afterMs: isCount }), res: isShape({ at: isCount }), from: ['extension'] },
  'clipboard.offscreenClear': { req: isEmpty, res: isShape({ cleared: isBoolean }), from: ['extension'] },
  'templates.insertIntoTab': {
    req: isShape<InsertIntoTabRequest>({ tabId: isTabId, text: isInsertText, allowTruncate: isBoolean, claimOrigin: isOrigin, confirmedOrigin: isOrigin }),
    res: isTabInsertOutcome,
    from: ['extension'],
  },
  // Never from a content script: a portal page must not be able to make another frame type text.
  'templates.insert': {
    req: isShape<TemplatesProtocol['templates.insert']['req']>({ text: isInsertText, allowTruncate: isBoolean }),
    res: isInsertOutcome,
    from: ['extension'],
  },
};
