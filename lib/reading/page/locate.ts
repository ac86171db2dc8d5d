/**
 * Finds the page elements that hold the codes of an extraction result (diagnoses, procedure codes,
 * modifiers, CARC, RARC), from the result's provenance selectors, so badges can sit beside them.
 */
import type { Claim } from '@/lib/claim/types';
import { isClaimList } from '@/lib/claim/types';
import { questionKey, type BadgeSystem, type CodeQuestion } from '@/lib/checks/verdict-contract';
import type { ExtractionResult } from '@/lib/reading/portals/types';
import { isShape } from '@/lib/codes/shapes';


export interface LocatedCode {
  element: Element;
  system: BadgeSystem;
  /** Display form: "E11.9", "99213", "25", "CO-45" (group kept for the tooltip), "N130". */
  code: string;
  /** Date of service to judge validity on: the line's date, else the claim's first date. */
  dos: string | null;
  /** Contract path, e.g. "lines[0].modifiers[1]". */
  path: string;
}

/** Which table answers a line's code (lib/codes/shapes.ts): CPT or HCPCS; none for CDT and revenue codes. */
function procedureSystem(code: string): BadgeSystem | null {
  if (isShape('cpt', code)) return 'cpt';
  if (isShape('hcpcs', code)) return 'hcpcs';
  return null; // CDT (ADA) and revenue codes: not in the code tables
}

function find(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

const BLOCKED = new Set(['HTML', 'BODY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE']);

/** Every code of a claim-detail result with the element it was read from (lists have no codes to badge). */
export function locateCodes(doc: Document, result: ExtractionResult): LocatedCode[] {
  if (isClaimList(result.page)) return [];
  const claim: Claim = result.page;
  const claimDos = claim.serviceFrom ?? claim.lines.find((l) => l.serviceDate)?.serviceDate ?? null;
  const out: LocatedCode[] = [];
  const seen = new Set<string>();
  for (const p of result.provenance) {
    let m: RegExpExecArray | null;
    let item: Omit<LocatedCode, 'element' | 'path'> | null = null;
    if ((m = /^diagnoses\[(\d+)\]$/.exec(p.path))) {
      const code = claim.diagnoses[Number(m[1])];
      if (code) item = { system: 'icd10cm', code, dos: claimDos };
    } else if ((m = /^lines\[(\d+)\]\.(code|modifiers|adjustments|remarks)(?:\[(\d+)\])?$/.exec(p.path))) {
      const line = claim.lines[Number(m[1])];
      if (!line) continue;
      const dos = line.serviceDate ?? claimDos;
      const k = Number(m[3] ?? 0);
      if (m[2] === 'code' && line.code) {
        const system = procedureSystem(line.code);
        if (system) item = { system, code: line.code, dos };
      } else if (m[2] === 'modifiers' && line.modifiers[k]) {
        item = { system: 'modifier', code: line.modifiers[k]!, dos };
      } else if (m[2] === 'adjustments' && line.adjustments[k]) {
        const a = line.adjustments[k]!;
        item = { system: 'carc', code: a.group ? `${a.group}-${a.reason}` : a.reason, dos };
      } else if (m[2] === 'remarks' && line.remarks[k]) {
        item = { system: 'rarc', code: line.remarks[k]!, dos };
      }
    }
    if (!item || seen.has(p.path)) continue;
    const element = find(doc, p.selector);
    if (!element || BLOCKED.has(element.tagName.toUpperCase())) continue;
    seen.add(p.path);
    out.push({ ...item, element, path: p.path });
  }
  return out;
}


/** The distinct (system, code, dos) questions to ask the extension in one message. */
export function codeQuestions(located: readonly LocatedCode[]): CodeQuestion[] {
  const keys = new Map<string, CodeQuestion>();
  for (const l of located) keys.set(questionKey(l), { system: l.system, code: l.code, dos: l.dos });
  return [...keys.values()];
}
