/**
 * Code normalisation: every form staff type or portals print ("e119", "E11.9", " s52.521a ",
 * "j-1100", "250.00") to a compact key (upper-case, no dot, space or hyphen) and back to the
 * display form each system prints.
 */
import { compactCode, displayShape, isShape } from './shapes';
import type { CodeSystem } from './types';

export { compactCode };

/** True when `compact` has the shape of a code of `system` (see shapes.ts, the one shape module). */
export function hasShape(system: CodeSystem, compact: string): boolean {
  return isShape(system, compact);
}

/** Display form: ICD-10-CM "E11.9", ICD-9-CM "250.00" / "V45.81" / "E849.0", others unchanged. */
export function displayCode(system: CodeSystem, compact: string): string {
  return displayShape(system, compact);
}

/** Any form to the display form of `system`, or null when it cannot be a code of that system. */
export function normalizeCode(system: CodeSystem, input: string): string | null {
  const compact = compactCode(input);
  return hasShape(system, compact) ? displayCode(system, compact) : null;
}

/** True when the query looks like (part of) a code rather than words: "E11.", "j-11", "99213". */
export function looksLikeCode(input: string): boolean {
  const trimmed = input.trim();
  if (!trimmed || /\s\S+\s/.test(trimmed)) return false;
  const compact = compactCode(trimmed);
  // Digits led by at most one letter, an ICD-10-CM shape with a digit ("QA00"), or a 2-character modifier.
  return /^[A-Z]?\d[0-9A-Z]{0,6}$/.test(compact) || (isShape('icd10cm', compact) && /\d/.test(compact)) || /^[A-Z][0-9A-Z]$/.test(compact);
}
