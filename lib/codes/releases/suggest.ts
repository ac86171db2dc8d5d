/**
 * Which official file answers a date of service that the loaded releases do not cover: CMS and
 * CDC publish under predictable names (SOURCES.md), so the UI can name the download to import.
 */
import type { ImportSuggestion } from '@/lib/codes/types';

const MONTHS = ['january', 'april', 'july', 'october'] as const;

/** ICD-10-CM fiscal year of a date: FY N runs October 1, N-1 to September 30, N. */
export function fiscalYear(dos: string): number {
  const y = Number(dos.slice(0, 4));
  return Number(dos.slice(5, 7)) >= 10 ? y + 1 : y;
}

export function suggestImport(system: 'icd10cm' | 'hcpcs', dos: string): ImportSuggestion {
  const y = Number(dos.slice(0, 4));
  const month = Number(dos.slice(5, 7));
  if (system === 'icd10cm') {
    const fy = fiscalYear(dos);
    const files = [`${fy}-code-descriptions-tabular-order.zip`, `icd10cm-code-descriptions-${fy}.zip`];
    // From April 1 an April update may apply too (not every year has one: FY2025 did not).
    if (month >= 4 && month <= 9) files.push(`april-1-${fy}-code-descriptions-tabular-order.zip`);
    return { system, release: `icd10cm-fy${fy}`, files };
  }
  const q = Math.floor((month - 1) / 3);
  const name = MONTHS[q]!;
  return { system, release: `hcpcs-${y}-${name.slice(0, 3)}`, files: [`${name}-${y}-alpha-numeric-hcpcs-file.zip`] };
}
