/**
 * Messages of the claims domain.
 * - claims.changed   content script -> side panel: the claim on the page changed (SPA) or was read.
 * - claims.get       side panel -> content scripts of a tab: what did you read? (frames without a claim stay silent)
 * - claims.verdicts  content script -> service worker: badge verdicts for the codes on the page.
 * - claims.highlight side panel -> content scripts: show where a value came from ("This looks wrong").
 */
import type { SpecTable } from '../messaging-core';
import { isClaim, isExtractionResult } from '../claims/guard';
import type { Claim } from '../claims/types';
import type { CodeQuestion } from '../page/locate';
import type { BadgeVerdict } from '../page/badges';
import type { ExtractionResult } from '../portals/types';
import { isArrayOf, isBoolean, isEmpty, isLiteral, isNullable, isOneOf, isOptional, isRecord, isShape, isShortString, type Guard } from '../validate';

export type { CodeQuestion } from '../page/locate';

export interface ClaimsProtocol {
  'claims.changed': { req: { result: ExtractionResult }; res: { received: true } };
  'claims.get': { req: Record<string, never>; res: { result: ExtractionResult } };
  'claims.verdicts': { req: { claim: Claim; questions: CodeQuestion[] }; res: { verdicts: BadgeVerdict[] } };
  'claims.highlight': { req: { selector: string }; res: { shown: boolean } };
}

const SYSTEMS = new Set(['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier', 'carc', 'rarc']);

const isQuestion: Guard<CodeQuestion> = (v): v is CodeQuestion =>
  isRecord(v) && typeof v.system === 'string' && SYSTEMS.has(v.system) && isShortString(12)(v.code) && isNullable(isShortString(10))(v.dos);

const isVerdict: Guard<BadgeVerdict> = isShape({
  status: isOneOf<BadgeVerdict['status']>(['valid', 'not-billable', 'not-valid-on-dos', 'unknown', 'explained']),
  tooltip: isShortString(2000),
  severity: isOptional(isOneOf<NonNullable<BadgeVerdict['severity']>>(['error', 'warning', 'info'])),
});

export const claimsSpecs: SpecTable<ClaimsProtocol> = {
  'claims.changed': { req: isShape({ result: isExtractionResult }), res: isShape({ received: isLiteral(true) }), from: ['content'] },
  // The reply comes from a portal page's content script: the side panel checks it like a request.
  'claims.get': { req: isEmpty, res: isShape({ result: isExtractionResult }), from: ['extension'] },
  'claims.verdicts': {
    req: isShape({ claim: isClaim, questions: isArrayOf(isQuestion, 2000) }),
    res: isShape({ verdicts: isArrayOf(isVerdict, 2000) }),
    from: ['content'],
  },
  'claims.highlight': { req: isShape({ selector: isShortString(2000) }), res: isShape({ shown: isBoolean }), from: ['extension'] },
};
