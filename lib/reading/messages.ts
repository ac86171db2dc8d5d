/**
 * Messages of the claims domain.
 * - claims.changed   content script -> side panel: the claim on the page changed (SPA) or was read.
 * - claims.get       side panel -> content scripts of a tab: what did you read? (frames without a claim stay silent)
 * - claims.verdicts  content script -> service worker: badge verdicts for the codes on the page (the
 *                    reader's unsure paths ride along: the checks treat those values as unknown).
 * - claims.highlight side panel -> content scripts: show where a value came from ("This looks wrong").
 * - claims.reread    side panel -> content scripts of a tab: "Read this page again" (read now, redraw, answer like claims.get).
 * - reading.pick     side panel -> content scripts: the user is about to click where a field's value is
 *                    ("Teach the reader"); the frame holding the claim answers and stores the label it finds.
 * - reading.picked   content script -> side panel: what became of the click (stored, or refused: no label found
 *                    or the text looked like a value). Carries the field name only, never page text.
 * - reading.context  content script -> service worker: the labels taught for this frame's site (the content
 *                    script reads no storage, issue 17 item 4; the worker answers for the sender's URL).
 * - reading.teach    content script -> service worker: store a taught label for the sender's site (checked
 *                    again by the worker: a label, never a value).
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isClaim } from '@/lib/claim/guard';
import { isExtractionResult } from './result-guard';
import type { Claim } from '@/lib/claim/types';
import type { BadgeVerdict, CodeQuestion } from '@/lib/checks/verdict-contract';
import type { ExtractionResult } from './portals/types';
import { isArrayOf, isBoolean, isEmpty, isLiteral, isNullable, isOneOf, isOptional, isRecord, isShape, isShortString, type Guard } from '@/lib/platform/validate';
import { isTaughtField, MAX_PER_SITE, TEACHABLE, type TaughtField, type TeachableField } from './teach/mapping';

export interface ClaimsProtocol {
  'claims.changed': { req: { result: ExtractionResult }; res: { received: true } };
  'claims.get': { req: Record<string, never>; res: { result: ExtractionResult } };
  'claims.verdicts': { req: { claim: Claim; questions: CodeQuestion[]; unsure?: string[] }; res: { verdicts: BadgeVerdict[] } };
  'claims.highlight': { req: { selector: string }; res: { shown: boolean } };
  'claims.reread': { req: Record<string, never>; res: { result: ExtractionResult } };
  'reading.pick': { req: { field: TeachableField }; res: { started: boolean } };
  'reading.picked': { req: { field: TeachableField; stored: boolean }; res: { received: true } };
  'reading.context': { req: Record<string, never>; res: { taught: TaughtField[] } };
  'reading.teach': { req: { entry: TaughtField }; res: { stored: boolean } };
}

const SYSTEMS = new Set(['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier', 'carc', 'rarc']);

const isQuestion: Guard<CodeQuestion> = (v): v is CodeQuestion =>
  isRecord(v) && typeof v.system === 'string' && SYSTEMS.has(v.system) && isShortString(12)(v.code) && isNullable(isShortString(10))(v.dos);

const isTeachable = (v: unknown): v is TeachableField => typeof v === 'string' && (TEACHABLE as readonly string[]).includes(v);

// The reader's unsure contract paths (ExtractionResult.unsure); older senders leave them out.
const isOptionalPaths = (v: unknown): v is string[] | undefined => v === undefined || isArrayOf(isShortString(200), 500)(v);

const isVerdict: Guard<BadgeVerdict> = isShape({
  status: isOneOf<BadgeVerdict['status']>(['valid', 'not-billable', 'not-valid-on-dos', 'unknown', 'explained']),
  tooltip: isShortString(2000),
  severity: isOptional(isOneOf<NonNullable<BadgeVerdict['severity']>>(['error', 'warning', 'info'])),
});

// Replies from a portal page's content script (claims.get, claims.reread, reading.pick) are checked
// like requests: the page's renderer is not trusted.
export const claimsSpecs: SpecTable<ClaimsProtocol> = {
  'claims.changed': { req: isShape({ result: isExtractionResult }), res: isShape({ received: isLiteral(true) }), from: ['content'] },
  'claims.get': { req: isEmpty, res: isShape({ result: isExtractionResult }), from: ['extension'] },
  'claims.verdicts': {
    req: isShape({ claim: isClaim, questions: isArrayOf(isQuestion, 2000), unsure: isOptionalPaths }),
    res: isShape({ verdicts: isArrayOf(isVerdict, 2000) }),
    from: ['content'],
  },
  'claims.highlight': { req: isShape({ selector: isShortString(2000) }), res: isShape({ shown: isBoolean }), from: ['extension'] },
  'claims.reread': { req: isEmpty, res: isShape({ result: isExtractionResult }), from: ['extension'] },
  'reading.pick': { req: isShape({ field: isTeachable }), res: isShape({ started: isBoolean }), from: ['extension'] },
  'reading.picked': { req: isShape({ field: isTeachable, stored: isBoolean }), res: isShape({ received: isLiteral(true) }), from: ['content'] },
  'reading.context': { req: isEmpty, res: isShape({ taught: isArrayOf(isTaughtField, MAX_PER_SITE) }), from: ['content'] },
  'reading.teach': { req: isShape({ entry: isTaughtField }), res: isShape({ stored: isBoolean }), from: ['content'] },
};
