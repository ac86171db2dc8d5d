/**
 * The official files of shared/code-sources (read at test time, never committed): where they are,
 * the FY2025/FY2026 files zipped in the CMS and CDC layouts, and a fake FY2027 derived from the real
 * FY2026 order file. Only tests of the "official" Vitest project (`*.official.test.ts`) use these;
 * that project's setup (test/official-setup.ts) builds the tables from the same folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { codeSourcesDir } from '@/code-data/sources';

/** The folder code-data/build.ts reads: $CODE_SOURCES, else shared/code-sources beside the repo. */
export const OFFICIAL_DIR = codeSourcesDir();

/** Whether the FY2026 order file is there (the E2E and bench:import fall back to synthetic files without it). */
export const haveOfficial = (): boolean => existsSync(join(OFFICIAL_DIR, 'icd10cm', 'fy2026', 'icd10cm_order_2026.txt'));

/**
 * The absolute path of an official file (`x12-carc-rarc/claim_adjustment_reason_codes.csv`). A
 * missing file fails the test that asks, naming the file and where it was looked for: the official
 * project runs only where the files are (`npm run test:unit:standalone` runs the rest without them).
 */
export function officialPath(path: string): string {
  const p = join(OFFICIAL_DIR, path);
  if (!existsSync(p)) {
    throw new Error(`This test needs the official file ${path}, not found in ${OFFICIAL_DIR}. Set CODE_SOURCES to the folder of official files (code-data/sources.ts and shared/code-sources/SOURCES.md list them), or run \`npm run test:unit:standalone\` for the tests that do not need them.`);
  }
  return p;
}

/** An official file as text (latin1 keeps the CMS files' bytes one character each). */
export const officialText = (path: string, encoding: BufferEncoding = 'utf8'): string => readFileSync(officialPath(path), encoding);

const read = (path: string) => new Uint8Array(readFileSync(officialPath(path)));

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
