/**
 * Node side of `npm run check`: reads a saved portal page (HTML, extracted as the content script
 * would) or a claim JSON (a Claim, a results list, or `extract --json` output) and checks it.
 * Not for the extension bundle (uses node:fs and happy-dom).
 */
import { readFile } from 'node:fs/promises';
import type { CodeTables } from '@/lib/codes/types';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';
import { isClaimList, type Claim, type ClaimPageData } from '@/lib/claim/types';
import { checkClaim } from '@/lib/checks';
import type { CheckSettings, Finding } from '@/lib/checks/types';
import { errorMessage } from '@/lib/platform/errors';
import { classifyClaimPayer, type PayerTypeResult } from '@/lib/deadlines/payer-type';

export interface FileFindings {
  file: string;
  /** For a results list, each finding carries the index of its claim on the page. */
  findings: (Finding & { claimIndex?: number })[];
  /** Set when the file could not be read; findings is then empty. */
  error?: string;
  /** The payer type of each claim read (one for a claim page), which decides remedies and windows. */
  payerTypes?: PayerTypeResult[];
}

function isClaim(value: unknown): value is Claim {
  const v = value as Claim;
  return typeof v === 'object' && v !== null && Array.isArray(v.diagnoses) && Array.isArray(v.lines);
}

/** Accepts a Claim, a ClaimList, or an object with the page under `page` (extract --json). */
export function claimPageFromJson(data: unknown): ClaimPageData {
  const inner = typeof data === 'object' && data !== null && 'page' in data ? (data as { page: unknown }).page : data;
  if (isClaim(inner)) return inner;
  if (typeof inner === 'object' && inner !== null && Array.isArray((inner as { claims?: unknown }).claims)) {
    const claims = (inner as { claims: unknown[] }).claims;
    const bad = claims.findIndex((c) => !isClaim(c));
    if (bad >= 0) throw new Error(`claims[${bad}] is not a claim (needs "diagnoses" and "lines" arrays)`);
    return { claims: claims as Claim[] };
  }
  throw new Error('not a claim: expected an object with "diagnoses" and "lines" arrays, or "claims"');
}

/** The page URL saved beside a fixture as `<name>.url`, so the right portal adapter is picked. */
async function siblingUrl(file: string): Promise<string> {
  try {
    return (await readFile(file.replace(/\.html?$/i, '.url'), 'utf8')).trim() || 'about:blank';
  } catch {
    return 'about:blank';
  }
}

export async function readClaimPage(file: string): Promise<ClaimPageData> {
  const text = await readFile(file, 'utf8');
  if (/\.html?$/i.test(file)) {
    const url = await siblingUrl(file);
    const parsed = parseHtml(text, url);
    try {
      return extractClaimPage(parsed.document, url).page;
    } finally {
      await parsed.close();
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid JSON (${errorMessage(e)})`, { cause: e });
  }
  return claimPageFromJson(data);
}

export async function checkFile(file: string, tables: CodeTables, settings: CheckSettings, today: string): Promise<FileFindings> {
  let page: ClaimPageData;
  try {
    page = await readClaimPage(file);
  } catch (e) {
    return { file, findings: [], error: errorMessage(e) };
  }
  if (!isClaimList(page)) return { file, findings: checkClaim(page, tables, settings, today), payerTypes: [classifyClaimPayer(page)] };
  return {
    file,
    findings: page.claims.flatMap((claim, claimIndex) => checkClaim(claim, tables, settings, today).map((f) => ({ ...f, claimIndex }))),
    payerTypes: page.claims.map((claim) => classifyClaimPayer(claim)),
  };
}
