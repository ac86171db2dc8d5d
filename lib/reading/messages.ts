/**
 * Messages of the claims domain.
 * - claims.changed   content script -> side panel: the claim on the page changed (SPA) or was read.
 * - claims.get       side panel -> content scripts of a tab: what did you read? (frames without a claim stay silent)
 * - claims.verdicts  content script -> service worker: badge verdicts for the codes on the page.
 * - claims.highlight side panel -> content scripts: show where a value came from ("This looks wrong").
 * - claims.reread    side panel -> content scripts of a tab: "Read this page again" (read now, redraw, answer like claims.get).
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isClaim } from '@/lib/claim/guard';
import { isExtractionResult } from './result-guard';
import type { Claim } from '@/lib/claim/types';
import type { BadgeVerdict, CodeQuestion } from '@/lib/checks/verdict-contract';
import type { ExtractionResult } from './portals/types';
import { isArrayOf, isEmpty, isNullable, isRecord, isShape, isShortString, type Guard } from '@/lib/platform/validate';

export interface ClaimsProtocol {
  'claims.changed': { req: { result: ExtractionResult }; res: { received: true } };
  'claims.get': { req: Record<string, never>; res: { result: ExtractionResult } };
  'claims.verdicts': { req: { claim: Claim; questions: CodeQuestion[] }; res: { verdicts: BadgeVerdict[] } };
  'claims.highlight': { req: { selector: string }; res: { shown: boolean } };
  'claims.reread': { req: Record<string, never>; res: { result: ExtractionResult } };
}

const SYSTEMS = new Set(['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier', 'carc', 'rarc']);

const isQuestion: Guard<CodeQuestion> = (v): v is CodeQuestion =>
  isRecord(v) && typeof v.system === 'string' && SYSTEMS.has(v.system) && isShortString(12)(v.code) && isNullable(isShortString(10))(v.dos);

export const claimsSpecs: SpecTable<ClaimsProtocol> = {
  'claims.changed': { req: isShape({ result: isExtractionResult }), from: ['content'] },
  'claims.get': { req: isEmpty, from: ['extension'] },
  'claims.verdicts': { req: isShape({ claim: isClaim, questions: isArrayOf(isQuestion, 2000) }), from: ['content'] },
  'claims.highlight': { req: isShape({ selector: isShortString(2000) }), from: ['extension'] },
  'claims.reread': { req: isEmpty, from: ['extension'] },
};
