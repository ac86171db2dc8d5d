/**
 * Messages of the edits domain.
 * - edits.lookup  extension page (popup, side panel) -> service worker: the imported NCCI edits of one
 *   code on a date of service, for the lookup detail. The service worker keeps the edits loaded for
 *   badge verdicts, so a popup never reads tens of MB of tables just to show one code.
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isArrayOf, isBoolean, isCount, isNullable, isOneOf, isRecord, isShape, isShortString, isString, type Guard } from '@/lib/platform/validate';
import type { CodeEditsSummary, PartnerRow } from './lookup';
import type { EditSetting } from './tables';

export interface EditsLookupRequest {
  code: string;
  dos: string;
  setting: EditSetting;
}

export interface EditsProtocol {
  'edits.lookup': { req: EditsLookupRequest; res: CodeEditsSummary };
}

const SETTINGS = new Set(['practitioner', 'hospital', 'dme']);

const isLookup: Guard<EditsLookupRequest> = (v): v is EditsLookupRequest =>
  isRecord(v) && isShortString(12)(v.code) && typeof v.dos === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.dos)
  && typeof v.setting === 'string' && SETTINGS.has(v.setting) && Object.keys(v).length === 3;

const isSetting = isOneOf<EditSetting>(['practitioner', 'hospital', 'dme']);
const isPartner: Guard<PartnerRow> = isShape({ code: isShortString(12), indicator: (v): v is 0 | 1 => v === 0 || v === 1, rationale: isShortString(200) });
const isMai = (v: unknown): v is 1 | 2 | 3 => v === 1 || v === 2 || v === 3;
const isSummary: Guard<CodeEditsSummary> = isShape({
  available: isBoolean,
  setting: isSetting,
  mue: isNullable(isShape({ value: isCount, mai: isMai, table: isSetting, quarter: isShortString(40), file: isShortString(300) })),
  asColumn1: isArrayOf(isPartner, 5000),
  asColumn2: isArrayOf(isPartner, 5000),
  more: isBoolean,
  ptpFiles: isArrayOf(isString, 100),
  aoc: isNullable(isShape({ type: isMai, primaries: isArrayOf(isShortString(12), 5000) })),
});

export const editsSpecs: SpecTable<EditsProtocol> = {
  'edits.lookup': { req: isLookup, res: isSummary, from: ['extension'] },
};
