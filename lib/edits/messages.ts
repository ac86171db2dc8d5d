/**
 * Messages of the edits domain.
 * - edits.lookup  extension page (popup, side panel) -> service worker: the imported NCCI edits of one
 *   code on a date of service, for the lookup detail. The service worker keeps the edits loaded for
 *   badge verdicts, so a popup never reads tens of MB of tables just to show one code.
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isRecord, isShortString, type Guard } from '@/lib/platform/validate';
import type { CodeEditsSummary } from './lookup';
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

export const editsSpecs: SpecTable<EditsProtocol> = {
  'edits.lookup': { req: isLookup, from: ['extension'] },
};
