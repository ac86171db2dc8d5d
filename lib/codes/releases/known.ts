/**
 * Official release files we can recognise by checksum (shared/code-sources/SOURCES.md records the
 * size and sha256 of each, including FY2027's which the build does not have). A file whose sha256
 * is here is shown as "official CMS/CDC release"; any other file is accepted only when it parses
 * completely and is shown as "unverified file".
 */

export type Publisher = 'CMS' | 'CDC';

export interface KnownFile {
  sha256: string;
  bytes: number;
  /** Official file name (a download, or a member of one). */
  name: string;
  publisher: Publisher;
  /** Release it belongs to, e.g. "icd10cm-fy2027", "hcpcs-2025-jan". */
  release: string;
}

export const KNOWN_FILES: readonly KnownFile[] = [
  // ICD-10-CM FY2027 (October 1, 2026): published facts, files not in this repository.
  { sha256: '91c6c9d1117764ce72375a0f3a5493b1725dafbc1ab283b55799076c9e194965', bytes: 2208022, name: '2027-code-descriptions-tabular-order.zip', publisher: 'CMS', release: 'icd10cm-fy2027' },
  { sha256: '3c0583a38ee0e848f7dc0ac8ce88e8f001bbba8c6385ed825d44d46f6e5297c9', bytes: 6425201, name: 'icd10cm_codes_2027.txt', publisher: 'CMS', release: 'icd10cm-fy2027' },
  { sha256: '93e3ad6004badf470c55bfe679b748ae88fd9b2b421851e409eec382c7713b9a', bytes: 2192779, name: 'icd10cm-code-descriptions-2027.zip', publisher: 'CDC', release: 'icd10cm-fy2027' },
  { sha256: '38981fb2c1226e2b92393cef7d921d2293494dd184b5ad039dde08e4b364265f', bytes: 14724229, name: 'icd10cm-order-2027.txt', publisher: 'CDC', release: 'icd10cm-fy2027' },
  { sha256: '99b5c2be16ff53eab861cc0be4b1dacba27f687b8ff4bc700679944355037ee0', bytes: 0, name: 'icd10cm-table-and-index-2027.zip', publisher: 'CDC', release: 'icd10cm-tabular-fy2027' },
  // ICD-10-CM April 1, 2026 update (zip checksum only).
  { sha256: '4fd9d8b37f02ab42827c7e7be30595c005b0cc3a6bae7a515e3f4c86b6918688', bytes: 0, name: 'april-1-2026-code-descriptions-tabular-order.zip', publisher: 'CMS', release: 'icd10cm-fy2026-apr' },
  // ICD-10-CM FY2026 (October 1, 2025). CDC's icd10cm-order-2026.txt is byte-identical to CMS's order file.
  { sha256: '55a9124a27ca78a4a5c41e1101eda064ec2e08d105ff9e78d1fbd1a83298ef11', bytes: 2204985, name: '2026-code-descriptions-tabular-order.zip', publisher: 'CMS', release: 'icd10cm-fy2026' },
  { sha256: '6dc95c9c7e96c734806e1682f4bf9df76251d60e99199bba0d375ba3dd11026b', bytes: 14694719, name: 'icd10cm_order_2026.txt', publisher: 'CMS', release: 'icd10cm-fy2026' },
  { sha256: '19fc109e579aedd793a40a0a18295dd167b82205e10525573ddfe85138674f16', bytes: 116438, name: 'icd10cm_order_addenda_2026.txt', publisher: 'CMS', release: 'icd10cm-fy2026' },
  { sha256: '8524d0dcbbb2ecf36223086134d47e3574ddfa6a54ebbe5351782578d99fd2c8', bytes: 56039, name: 'icd10cm_codes_addenda_2026.txt', publisher: 'CMS', release: 'icd10cm-fy2026' },
  // ICD-10-CM FY2025 (October 1, 2024); CDC's April 2025 order file is byte-identical (no April change).
  { sha256: '4f6c65f0034736d2b02fa9eb1128aab564fa673dd4d99363f8b2167af3994816', bytes: 2317827, name: '2025-code-descriptions-tabular-order.zip', publisher: 'CMS', release: 'icd10cm-fy2025' },
  { sha256: '88ec3c01a58a2d4ee14b670550197b437a2cfbb7a1097fad0848e0e2690f9b13', bytes: 14604119, name: 'icd10cm_order_2025.txt', publisher: 'CMS', release: 'icd10cm-fy2025' },
  { sha256: '1f2789e597e85176fd92d602007d2c76573d1daf75b23406265ce6f109104807', bytes: 53432, name: 'icd10cm_order_addenda_2025.txt', publisher: 'CMS', release: 'icd10cm-fy2025' },
  { sha256: '02066960e1e1d373c3d6201fea8a159dfd691cd319a04862693044453c2c761e', bytes: 23713, name: 'icd10cm_codes_addenda_2025.txt', publisher: 'CMS', release: 'icd10cm-fy2025' },
  // ICD-10-CM tabular XML FY2021 (CDC/NCHS).
  { sha256: '436905e9470018c8667b25cdf646f6a2f4f0c95dbaeabd8692b530775db71afd', bytes: 9253467, name: 'icd10cm_tabular_2021.xml', publisher: 'CDC', release: 'icd10cm-tabular-fy2021' },
  // HCPCS Level II January 2025.
  { sha256: 'b18148a90422eb857311484203e15cd96d69917ad8e477d74e6331a3124495ac', bytes: 2408475, name: 'january-2025-alpha-numeric-hcpcs-file.zip', publisher: 'CMS', release: 'hcpcs-2025-jan' },
  { sha256: 'e0b73fad41d9fcacfffa73b118d4454aca6aa5e8a5e42f3a24cacb4a192e194e', bytes: 5055402, name: 'HCPC2025_JAN_ANWEB_12172024.txt', publisher: 'CMS', release: 'hcpcs-2025-jan' },
];

const bySha = new Map(KNOWN_FILES.map((f) => [f.sha256, f]));

/** The official file with this sha256 (hex, lower case), or null. */
export function knownFile(sha256: string): KnownFile | null {
  return bySha.get(sha256.toLowerCase()) ?? null;
}

/** sha256 of bytes as lower-case hex, with WebCrypto (a page, a worker or Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
