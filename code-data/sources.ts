/**
 * The official files `npm run codes:build` reads, with the sha256 and size recorded in
 * shared/code-sources/SOURCES.md. A file whose hash differs is refused: the tables must come from
 * exactly these releases. Users outside this setup download the files from the URLs below (unzip the
 * named member into `<sources>/<path>`), or point `--sources DIR` / `CODE_SOURCES` at their copy.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the official files are, for the build, the tests and the benchmarks alike: `--sources DIR`
 * (passed as `explicit`), else `$CODE_SOURCES`, else `shared/code-sources` beside the repo, or
 * beside the folder that holds it when the repo is one of several worktrees (/work/wt/<name>).
 * The path may not exist: callers say what is missing.
 */
export function codeSourcesDir(explicit?: string): string {
  if (explicit) return resolve(explicit);
  if (process.env.CODE_SOURCES) return resolve(process.env.CODE_SOURCES);
  const beside = resolve(REPO, '..', 'shared', 'code-sources');
  const besideWorktrees = resolve(REPO, '..', '..', 'shared', 'code-sources');
  return !existsSync(beside) && existsSync(besideWorktrees) ? besideWorktrees : beside;
}

export interface SourceFile {
  /** Path under the sources folder. */
  path: string;
  sha256: string;
  bytes: number;
  /** Official download (a ZIP) and the member to extract from it. */
  url: string;
  member: string;
}

export interface SourceRelease {
  id: string;
  system: 'icd10cm' | 'icd9cm' | 'hcpcs' | 'modifier' | 'gems' | 'notes';
  name: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  files: SourceFile[];
}

const CMS_2026 = 'https://www.cms.gov/files/zip/2026-code-descriptions-tabular-order.zip';
const CMS_2025 = 'https://www.cms.gov/files/zip/2025-code-descriptions-tabular-order.zip';
const HCPCS_2025_JAN = 'https://www.cms.gov/files/zip/january-2025-alpha-numeric-hcpcs-file.zip';
const GEMS_2018 = 'https://www.cms.gov/medicare/coding/icd10/downloads/2018-icd-10-cm-general-equivalence-mappings.zip';
const ICD9_V32 = 'https://www.cms.gov/medicare/coding/icd9providerdiagnosticcodes/downloads/icd-9-cm-v32-master-descriptions.zip';
const TABULAR_2021 = 'https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM/2021/icd10cm_tabular_2021.xml';

export const SOURCES: SourceRelease[] = [
  {
    id: 'icd10cm-fy2025',
    system: 'icd10cm',
    name: 'ICD-10-CM FY2025 (October 1, 2024 release)',
    effectiveFrom: '2024-10-01',
    effectiveTo: '2025-09-30',
    files: [
      { path: 'icd10cm/fy2025/icd10cm_order_2025.txt', sha256: '88ec3c01a58a2d4ee14b670550197b437a2cfbb7a1097fad0848e0e2690f9b13', bytes: 14604119, url: CMS_2025, member: 'icd10cm_order_2025.txt' },
      { path: 'icd10cm/fy2025/icd10cm_order_addenda_2025.txt', sha256: '1f2789e597e85176fd92d602007d2c76573d1daf75b23406265ce6f109104807', bytes: 53432, url: CMS_2025, member: 'icd10cm_order_addenda_2025.txt' },
      { path: 'icd10cm/fy2025/icd10cm_codes_addenda_2025.txt', sha256: '02066960e1e1d373c3d6201fea8a159dfd691cd319a04862693044453c2c761e', bytes: 23713, url: CMS_2025, member: 'icd10cm_codes_addenda_2025.txt' },
    ],
  },
  {
    id: 'icd10cm-fy2026',
    system: 'icd10cm',
    name: 'ICD-10-CM FY2026 (October 1, 2025 release)',
    effectiveFrom: '2025-10-01',
    effectiveTo: '2026-09-30',
    files: [
      { path: 'icd10cm/fy2026/icd10cm_order_2026.txt', sha256: '6dc95c9c7e96c734806e1682f4bf9df76251d60e99199bba0d375ba3dd11026b', bytes: 14694719, url: CMS_2026, member: 'icd10cm_order_2026.txt' },
      { path: 'icd10cm/fy2026/icd10cm_order_addenda_2026.txt', sha256: '19fc109e579aedd793a40a0a18295dd167b82205e10525573ddfe85138674f16', bytes: 116438, url: CMS_2026, member: 'icd10cm_order_addenda_2026.txt' },
      { path: 'icd10cm/fy2026/icd10cm_codes_addenda_2026.txt', sha256: '8524d0dcbbb2ecf36223086134d47e3574ddfa6a54ebbe5351782578d99fd2c8', bytes: 56039, url: CMS_2026, member: 'icd10cm_codes_addenda_2026.txt' },
    ],
  },
  {
    id: 'icd10cm-tabular-fy2021',
    system: 'notes',
    name: 'ICD-10-CM Tabular List FY2021 (instructional notes)',
    effectiveFrom: '2020-10-01',
    effectiveTo: '2021-09-30',
    files: [
      { path: 'icd10cm/fy2021/icd10cm_tabular_2021.xml', sha256: '436905e9470018c8667b25cdf646f6a2f4f0c95dbaeabd8692b530775db71afd', bytes: 9253467, url: TABULAR_2021, member: 'icd10cm_tabular_2021.xml' },
    ],
  },
  {
    id: 'hcpcs-2025-jan',
    system: 'hcpcs',
    name: 'HCPCS Level II January 2025 (alpha-numeric file of Dec 17, 2024)',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    files: [
      { path: 'hcpcs/2025-jan/HCPC2025_JAN_ANWEB_12172024.txt', sha256: 'e0b73fad41d9fcacfffa73b118d4454aca6aa5e8a5e42f3a24cacb4a192e194e', bytes: 5055402, url: HCPCS_2025_JAN, member: 'HCPC2025_JAN_ANWEB_12172024.txt' },
    ],
  },
  {
    id: 'icd9cm-v32',
    system: 'icd9cm',
    name: 'ICD-9-CM Version 32 diagnosis titles (final version, October 1, 2014)',
    effectiveFrom: '2014-10-01',
    effectiveTo: '2015-09-30',
    files: [
      { path: 'icd9cm/v32/CMS32_DESC_LONG_DX.txt', sha256: '37fee8081daddd6344005890bfeb2d77b18a67e68ce4ed1c1797964b5f554ee9', bytes: 897559, url: ICD9_V32, member: 'CMS32_DESC_LONG_DX.txt' },
      { path: 'icd9cm/v32/CMS32_DESC_SHORT_DX.txt', sha256: 'b71aeea396939360ba044f3eadaa12dac066525e419c962fc760b15579937404', bytes: 418158, url: ICD9_V32, member: 'CMS32_DESC_SHORT_DX.txt' },
    ],
  },
  {
    id: 'gems-2018',
    system: 'gems',
    name: '2018 Diagnosis General Equivalence Mappings (ICD-9-CM <-> ICD-10-CM)',
    effectiveFrom: '2017-10-01',
    effectiveTo: null,
    files: [
      { path: 'gems/2018/2018_I9gem.txt', sha256: '44f4079c698efa2c0a8cc159f70075cf6cf23277fdd35ae3416b2bc516652ce3', bytes: 522060, url: GEMS_2018, member: '2018_I9gem.txt' },
      { path: 'gems/2018/2018_I10gem.txt', sha256: 'fe679ddbdc2d3e2275574299ca8c2a5e21e0143136a6ae6290cc7dcec1042f2b', bytes: 1713453, url: GEMS_2018, member: '2018_I10gem.txt' },
    ],
  },
];
