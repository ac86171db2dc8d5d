/**
 * The official FY2025/FY2026 files of shared/code-sources (read at test time, never committed),
 * zipped in the CMS and CDC layouts, and a fake FY2027 derived from the real FY2026 order file.
 * Tests using these are grouped under "needs the official files" and skipped when they are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { GENERATED_DIR } from '@/lib/codes/node';

/**
 * CODE_SOURCES, else shared/code-sources beside the repo or beside the folder of worktrees that
 * holds it (the first that exists).
 */
const REPO = resolve(GENERATED_DIR, '..', '..');
export const OFFICIAL_DIR = process.env.CODE_SOURCES
  ? resolve(process.env.CODE_SOURCES)
  : ([resolve(REPO, '..', 'shared', 'code-sources'), resolve(REPO, '..', '..', 'shared', 'code-sources')].find((d) => existsSync(d)) ?? resolve(REPO, '..', 'shared', 'code-sources'));

export const haveOfficial = (): boolean => existsSync(join(OFFICIAL_DIR, 'icd10cm', 'fy2026', 'icd10cm_order_2026.txt'));

const read = (path: string) => new Uint8Array(readFileSync(join(OFFICIAL_DIR, path)));

export function officialOrder(year: 2025 | 2026): Uint8Array {
  return read(`icd10cm/fy${year}/icd10cm_order_${year}.txt`);
}

/** As CMS ships it: order file, order addenda and codes addenda at the root of the zip. */
export function officialCmsZip(year: 2025 | 2026): Uint8Array {
  return zipSync({
    [`icd10cm_order_${year}.txt`]: officialOrder(year),
    [`icd10cm_order_addenda_${year}.txt`]: read(`icd10cm/fy${year}/icd10cm_order_addenda_${year}.txt`),
    [`icd10cm_codes_addenda_${year}.txt`]: read(`icd10cm/fy${year}/icd10cm_codes_addenda_${year}.txt`),
  });
}

/** As CDC ships it: hyphenated names in a folder. */
export function officialCdcZip(year: 2025 | 2026): Uint8Array {
  const dir = `icd10cm-Code Descriptions-${year}/`;
  return zipSync({
    [`${dir}icd10cm-order-${year}.txt`]: officialOrder(year),
    [`${dir}icd10cm-order-addenda-${year}.txt`]: read(`icd10cm/fy${year}/icd10cm_order_addenda_${year}.txt`),
  });
}

export function officialHcpcs(): Uint8Array {
  return read('hcpcs/2025-jan/HCPC2025_JAN_ANWEB_12172024.txt');
}

/**
 * A fake FY2027 order file from the real FY2026 one: one code deleted, one added after it, one
 * title revised, order numbers renumbered. Returns the text and what changed.
 */
export function fakeFy2027FromFy2026(): { text: string; deleted: string; added: string; revised: string } {
  const lines = new TextDecoder('latin1').decode(officialOrder(2026)).split('\r\n').filter(Boolean);
  const cut = lines.findIndex((l) => l.slice(6, 13).trim() === 'A000');
  const deletedLine = lines.findIndex((l) => l.slice(6, 13).trim() === 'A001');
  const out = [...lines];
  out.splice(deletedLine, 1);
  const title = 'Cholera due to Vibrio cholerae O139 (fake FY2027 test code)';
  out.splice(cut + 1, 0, `00000 A002    1 ${title.slice(0, 60).padEnd(60)} ${title}`);
  const e119 = out.findIndex((l) => l.slice(6, 13).trim() === 'E119');
  out[e119] = out[e119]!.slice(0, 77) + 'Type 2 diabetes mellitus without complications (revised in fake FY2027)';
  const text = out.map((l, i) => String(i + 1).padStart(5, '0') + l.slice(5)).join('\r\n') + '\r\n';
  return { text, deleted: 'A001', added: 'A002', revised: 'E119' };
}

/** The four quarters the benches load after January 2025 (month, year, new codes). */
export const DERIVED_QUARTERS = [['APR', 2025, 3], ['JUL', 2025, 5], ['OCT', 2025, 8], ['JAN', 2026, 12]] as const;

/** A later quarter derived from January 2025: k new codes, one terminated the day before it starts. */
export function derivedHcpcsQuarter(month: 'APR' | 'JUL' | 'OCT' | 'JAN', year: number, k: number): [string, Uint8Array] {
  const hcpcsText = new TextDecoder('latin1').decode(officialHcpcs());
  const mm = { JAN: '01', APR: '04', JUL: '07', OCT: '10' }[month];
  const lines = hcpcsText.split('\r\n').filter(Boolean);
  const extra = Array.from({ length: k }, (_, i) => {
    const code = `J${String(9000 + i + k * 10).padStart(4, '0')}`;
    const line = `${code}001003${`Injection, bench drug ${month} ${year} number ${i}, 1 mg`.padEnd(80)}${`Bench drug ${i}`.padEnd(28)}`;
    return `${line.padEnd(268)}${year}${mm}01${year}${mm}01${' '.repeat(8)}A`.padEnd(320);
  });
  const term = lines.findIndex((l) => l[10] === '3' && !l.slice(284, 292).trim());
  lines[term] = lines[term]!.slice(0, 284) + `${month === 'JAN' ? year - 1 : year}${month === 'JAN' ? '1231' : String(Number(mm) - 1).padStart(2, '0') + '30'}` + lines[term]!.slice(292);
  return [`HCPC${year}_${month}_ANWEB.txt`, strToU8([...lines, ...extra].join('\r\n') + '\r\n')];
}
