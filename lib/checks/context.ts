/** Works out once what every rule needs: dates of service per line and per diagnosis, code systems. */
import type { CodeEntry, CodeSystem, CodeTables, DosValidity } from '@/lib/codes/types';
import { isIsoDate } from '@/lib/platform/dates';
import type { Claim } from '@/lib/claim/types';
import { isInpatient } from '@/lib/claim/claim-type';
import { isShape } from '@/lib/codes/shapes';
import { codeBody, ICD10_START } from './codes';
import type { CheckContext, CheckSettings, DiagnosisInfo } from './types';
import { analyzeLines, settingFor, type EditsAnalysis } from '@/lib/edits/analyze';

function memoValidity(tables: CodeTables): CheckContext['validity'] {
  const cache = new Map<string, DosValidity>();
  return (system: CodeSystem, code: string, dos: string) => {
    const key = `${system}|${code}|${dos}`;
    let hit = cache.get(key);
    if (!hit) { hit = tables.validity(system, code, dos); cache.set(key, hit); }
    return hit;
  };
}

function memoGet(tables: CodeTables): CheckContext['get'] {
  const cache = new Map<string, CodeEntry | null>();
  return (system: CodeSystem, code: string) => {
    const key = `${system}|${code}`;
    let hit = cache.get(key);
    if (hit === undefined) { hit = tables.get(system, code); cache.set(key, hit); }
    return hit;
  };
}

function diagnosisInfo(claim: Claim, tables: CodeTables, index: number, lineDates: (string | null)[], claimDate: string | null, dischargeDate: string | null): DiagnosisInfo {
  const raw = claim.diagnoses[index] ?? '';
  const body = codeBody(raw);
  const pointed = new Set<string>();
  claim.lines.forEach((line, i) => {
    const date = lineDates[i];
    if (date && line.dxPointers.includes(index + 1)) pointed.add(date);
  });
  // An inpatient stay is coded with the release in force on the discharge (through) date.
  const dates = dischargeDate ? [dischargeDate] : pointed.size > 0 ? [...pointed].sort() : claimDate ? [claimDate] : [];
  const icd10 = tables.get('icd10cm', raw);
  const icd9 = isShape('icd9cm', body) ? tables.get('icd9cm', raw) : null;
  // A few strings are codes in both systems (V and E codes); the dates decide.
  const preferIcd9 = icd9 && (!icd10 || (dates.length > 0 && dates.every((d) => d < ICD10_START)));
  const entry = preferIcd9 ? icd9 : icd10;
  return {
    index, raw, body,
    system: entry ? (preferIcd9 ? 'icd9cm' : 'icd10cm') : null,
    display: entry?.code ?? raw.trim().toUpperCase(),
    dates,
  };
}

export function buildContext(claim: Claim, tables: CodeTables, settings: CheckSettings, today: string): CheckContext {
  const claimFrom = isIsoDate(claim.serviceFrom) ? claim.serviceFrom : null;
  const claimTo = isIsoDate(claim.serviceTo) ? claim.serviceTo : null;
  // The line's own date when shown, else the claim's (issue 8: "the date of service used").
  const lineDates = claim.lines.map((l) => (isIsoDate(l.serviceDate) ? l.serviceDate : claimFrom ?? claimTo));
  let earliest: string | null = null;
  for (const d of lineDates) if (d && (!earliest || d < earliest)) earliest = d;
  const claimDate = claimFrom ?? earliest ?? claimTo;
  const edits = settings.edits && !settings.edits.empty ? settings.edits : null;
  let analysis: EditsAnalysis | null | undefined;
  const editsAnalysis = () => {
    if (analysis === undefined) {
      // Claim type may be added to the claim model by the reader (837P professional / 837I institutional).
      const claimType = (claim as { claimType?: string | null }).claimType;
      analysis = edits
        ? analyzeLines(claim.lines.map((l, i) => ({ code: l.code, modifiers: l.modifiers, units: l.units, date: lineDates[i] ?? null })), settingFor(claimType), edits)
        : null;
    }
    return analysis;
  };
  return {
    edits, editsAnalysis,
    claim, tables, settings, today, lineDates, claimDate,
    diagnoses: claim.diagnoses.map((_, i) => diagnosisInfo(claim, tables, i, lineDates, claimDate, isInpatient(claim) ? claimTo : null)),
    validity: memoValidity(tables),
    get: memoGet(tables),
  };
}
