/**
 * A small hand-made CodeTables for rule tests, modelled on real facts:
 * - E11 / E10 headers with billable children; Excludes1 between them (FY2021 tabular, E10 and E11).
 * - B88.0 billable until FY2025, made a header on 2025-10-01 with B88.01 and B88.09 added
 *   (icd10cm_codes_addenda_2026.txt: "Delete: B880", "Add: B8801", "Add: B8809").
 * - S52.521 needing a 7th character (A, D, G, K, P, S defined at S52.52); S09.90 taking X
 *   placeholders (S09.90XA exists, S09.90A does not).
 * - G63 and F02.80: manifestation codes with "code first" notes.
 * - ICD-9-CM 250.00 -> E11.9 and 401.9 -> I10 (2018 GEMs forward map).
 * - HCPCS J1100 (valid), G0439 (valid), Q0516 (last valid day 2024-12-31 in the Jan 2025 file),
 *   A9615 (added 2025-01-01); modifiers 25, 59, XS, LT, RT.
 * Not a copy of any table: a dozen codes typed by hand.
 */
import type {
  CodeEntry, CodeSystem, CodeTables, DosValidity, GemMapping, Icd10Notes, NoteItem, ReleaseInfo,
  SearchOptions, SearchResult, SevenCharacterRule,
} from '@/lib/codes/types';
import { codeBody, ICD10_START } from '@/lib/checks/codes';

interface Row {
  system: CodeSystem;
  code: string;
  title: string;
  billable: boolean;
  from?: string;
  /** ICD-10-CM: billable before this day, deleted (as billable) from it. */
  deletedOn?: string;
  replacements?: string[];
  /** HCPCS: first day the code is no longer valid. */
  terminatedOn?: string;
}

const ROWS: Row[] = [
  { system: 'icd10cm', code: 'E10', title: 'Type 1 diabetes mellitus', billable: false },
  { system: 'icd10cm', code: 'E10.9', title: 'Type 1 diabetes mellitus without complications', billable: true },
  { system: 'icd10cm', code: 'E11', title: 'Type 2 diabetes mellitus', billable: false },
  { system: 'icd10cm', code: 'E11.4', title: 'Type 2 diabetes mellitus with neurological complications', billable: false },
  { system: 'icd10cm', code: 'E11.42', title: 'Type 2 diabetes mellitus with diabetic polyneuropathy', billable: true },
  { system: 'icd10cm', code: 'E11.65', title: 'Type 2 diabetes mellitus with hyperglycemia', billable: true },
  { system: 'icd10cm', code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', billable: true },
  { system: 'icd10cm', code: 'I10', title: 'Essential (primary) hypertension', billable: true },
  { system: 'icd10cm', code: 'B88', title: 'Other infestations', billable: false },
  { system: 'icd10cm', code: 'B88.0', title: 'Other acariasis', billable: false, deletedOn: '2025-10-01', replacements: ['B88.01', 'B88.09'] },
  { system: 'icd10cm', code: 'B88.01', title: 'Infestation by Demodex mites', billable: true, from: '2025-10-01' },
  { system: 'icd10cm', code: 'B88.09', title: 'Other acariasis', billable: true, from: '2025-10-01' },
  { system: 'icd10cm', code: 'S52', title: 'Fracture of forearm', billable: false },
  { system: 'icd10cm', code: 'S52.52', title: 'Torus fracture of lower end of radius', billable: false },
  { system: 'icd10cm', code: 'S52.521', title: 'Torus fracture of lower end of right radius', billable: false },
  ...['A', 'D', 'G', 'K', 'P', 'S'].map((c): Row => ({ system: 'icd10cm', code: `S52.521${c}`, title: `Torus fracture of lower end of right radius (${c})`, billable: true })),
  { system: 'icd10cm', code: 'S09', title: 'Other and unspecified injuries of head', billable: false },
  { system: 'icd10cm', code: 'S09.9', title: 'Unspecified injury of face and head', billable: false },
  { system: 'icd10cm', code: 'S09.90', title: 'Unspecified injury of head', billable: false },
  ...['A', 'D', 'S'].map((c): Row => ({ system: 'icd10cm', code: `S09.90X${c}`, title: `Unspecified injury of head (${c})`, billable: true })),
  { system: 'icd10cm', code: 'G30.9', title: 'Alzheimer\'s disease, unspecified', billable: true },
  { system: 'icd10cm', code: 'G63', title: 'Polyneuropathy in diseases classified elsewhere', billable: true },
  { system: 'icd10cm', code: 'F02', title: 'Dementia in other diseases classified elsewhere', billable: false },
  { system: 'icd10cm', code: 'F02.8', title: 'Dementia in other diseases classified elsewhere, unspecified severity', billable: false },
  { system: 'icd10cm', code: 'F02.80', title: 'Dementia in other diseases classified elsewhere, unspecified severity, without disturbance', billable: true },
  // Manifestation and sequencing examples (FY2026 titles, typed by hand).
  { system: 'icd10cm', code: 'D63', title: 'Anemia in chronic diseases classified elsewhere', billable: false },
  { system: 'icd10cm', code: 'D63.1', title: 'Anemia in chronic kidney disease', billable: true },
  { system: 'icd10cm', code: 'G01', title: 'Meningitis in bacterial diseases classified elsewhere', billable: true },
  { system: 'icd10cm', code: 'N18.6', title: 'End stage renal disease', billable: true },
  { system: 'icd10cm', code: 'R65.20', title: 'Severe sepsis without septic shock', billable: true },
  { system: 'icd10cm', code: 'V43.52XA', title: 'Car driver injured in collision with other motor vehicle in traffic accident, initial encounter', billable: true },
  { system: 'icd10cm', code: 'Z3A.20', title: '20 weeks gestation of pregnancy', billable: true },
  { system: 'icd10cm', code: 'Z68.41', title: 'Body mass index [BMI] 40.0-44.9, adult', billable: true },
  { system: 'icd10cm', code: 'B95.0', title: 'Streptococcus, group A, as the cause of diseases classified elsewhere', billable: true },
  { system: 'icd10cm', code: 'O80', title: 'Encounter for full-term uncomplicated delivery', billable: true },
  { system: 'icd10cm', code: 'P07.30', title: 'Preterm newborn, unspecified weeks of gestation', billable: true },
  { system: 'icd10cm', code: 'N40.0', title: 'Benign prostatic hyperplasia without lower urinary tract symptoms', billable: true },
  { system: 'icd10cm', code: 'N92.0', title: 'Excessive and frequent menstruation with regular cycle', billable: true },
  { system: 'icd9cm', code: '250.00', title: 'Diabetes mellitus without complication, type II', billable: true },
  { system: 'icd9cm', code: '401.9', title: 'Unspecified essential hypertension', billable: true },
  { system: 'hcpcs', code: 'J1100', title: 'Injection, dexamethasone sodium phosphate, 1 mg', billable: true },
  { system: 'hcpcs', code: 'G0439', title: 'Annual wellness visit, subsequent', billable: true },
  { system: 'hcpcs', code: 'Q0516', title: 'Pharmacy supplying fee for HIV PrEP drugs, 30 days', billable: true, terminatedOn: '2025-01-01' },
  { system: 'hcpcs', code: 'A9615', title: 'Injection, pegulicianine, 1 mg', billable: true, from: '2025-01-01' },
  { system: 'modifier', code: '25', title: 'Significant, separately identifiable E/M service', billable: true },
  { system: 'modifier', code: '59', title: 'Distinct procedural service', billable: true },
  { system: 'modifier', code: 'XS', title: 'Separate structure', billable: true },
  { system: 'modifier', code: 'LT', title: 'Left side', billable: true },
  { system: 'modifier', code: 'RT', title: 'Right side', billable: true },
];

const EXCLUDES1: Record<string, NoteItem[]> = {
  E10: [{ text: 'type 2 diabetes mellitus (E11.-)', codes: ['E11.-'] }],
  E11: [{ text: 'type 1 diabetes mellitus (E10.-)', codes: ['E10.-'] }],
};

const CODE_FIRST: Record<string, NoteItem[]> = {
  D63: [{ text: 'underlying disease', codes: [] }],
  'D63.1': [{ text: 'underlying chronic kidney disease (CKD) (N18.-)', codes: ['N18.-'] }],
  G01: [{ text: 'underlying disease', codes: [] }],
  'N18.6': [{ text: 'any associated: diabetic chronic kidney disease (E11.22)', codes: ['E11.22'] }],
  'R65.20': [{ text: 'underlying infection, such as:', codes: [] }, { text: 'sepsis NOS (A41.9)', codes: ['A41.9'] }],
  G63: [{ text: 'underlying disease, such as amyloidosis (E85.-)', codes: ['E85.-'] }],
  F02: [{ text: 'the underlying physiological condition, such as Alzheimer\'s (G30.-)', codes: ['G30.-'] }],
};

const SEVENTH: Record<string, SevenCharacterRule> = {
  'S52.52': { definedAt: 'S52.52', source: 'test tabular', values: ['A', 'D', 'G', 'K', 'P', 'S'].map((char) => ({ char, meaning: `encounter ${char}` })) },
  S09: { definedAt: 'S09', source: 'test tabular', values: ['A', 'D', 'S'].map((char) => ({ char, meaning: `encounter ${char}` })) },
};

const GEMS: GemMapping[] = [
  { from: '250.00', to: 'E11.9', approximate: false, noMap: false, combination: false, scenario: 0, choiceList: 0 },
  { from: '401.9', to: 'I10', approximate: false, noMap: false, combination: false, scenario: 0, choiceList: 0 },
];

/** "E10.-" covers E10 and every code under it. */
function covers(ref: string, code: string): boolean {
  return codeBody(code).startsWith(codeBody(ref.replace(/\.-$/, '')));
}

const NOTES_SOURCE = 'ICD-10-CM Tabular List FY2021 (test)';

export class TestTables implements CodeTables {
  // Like the real tables: two ICD-10-CM fiscal years, one HCPCS quarter, the notes of an older year.
  readonly releases: readonly ReleaseInfo[] = [
    { id: 'icd10cm-fy2025', system: 'icd10cm', name: 'ICD-10-CM FY2025 (test)', effectiveFrom: '2024-10-01', effectiveTo: '2025-09-30', files: [] },
    { id: 'icd10cm-fy2026', system: 'icd10cm', name: 'ICD-10-CM FY2026 (test)', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', files: [] },
    { id: 'icd10cm-tabular-fy2021', system: 'notes', name: 'ICD-10-CM Tabular List FY2021 (test)', effectiveFrom: '2020-10-01', effectiveTo: '2021-09-30', files: [] },
    { id: 'hcpcs-test', system: 'hcpcs', name: 'HCPCS January 2025 (test)', effectiveFrom: '2025-01-01', effectiveTo: null, files: [] },
    { id: 'modifier-test', system: 'modifier', name: 'HCPCS modifiers January 2025 (test)', effectiveFrom: '2025-01-01', effectiveTo: null, files: [] },
  ];

  private readonly byKey = new Map<string, Row>();
  /** Counts validity calls, so tests can see memoisation. */
  validityCalls = 0;

  constructor(extra: Row[] = []) {
    for (const row of [...ROWS, ...extra]) this.byKey.set(`${row.system}|${codeBody(row.code)}`, row);
  }

  private row(system: CodeSystem, code: string): Row | null {
    return this.byKey.get(`${system}|${codeBody(code)}`) ?? null;
  }

  private entry(row: Row): CodeEntry {
    return { system: row.system, code: row.code, title: row.title, shortTitle: null, billable: row.billable };
  }

  get(system: CodeSystem, code: string): CodeEntry | null {
    if (system === 'cpt') return /^\d{5}$|^\d{4}[FTUM]$/.test(codeBody(code)) ? { system, code: codeBody(code), title: 'CPT code (section only)', shortTitle: null, billable: true } : null;
    const row = this.row(system, code);
    return row ? this.entry(row) : null;
  }

  identify(input: string): CodeEntry[] {
    return (['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier'] as const).map((s) => this.get(s, input)).filter((e): e is CodeEntry => e !== null);
  }

  validity(system: CodeSystem, code: string, dos: string): DosValidity {
    this.validityCalls++;
    const row = this.row(system, code);
    if (!row) return { status: 'unknown' };
    let release = `${system}-test`;
    if (system === 'icd10cm' && dos < ICD10_START) return { status: 'out-of-range', note: 'ICD-10-CM starts on 2015-10-01' };
    // As lib/codes/validity.ts: outside the loaded years, the nearest release answers with a caveat.
    let caveat: string | undefined;
    if (system === 'icd10cm') {
      release = dos >= '2025-10-01' ? 'icd10cm-fy2026' : 'icd10cm-fy2025';
      if (dos > '2026-09-30') caveat = 'No ICD-10-CM release after ICD-10-CM FY2026 (test) is loaded; answered from it.';
      else if (dos < '2024-10-01') caveat = 'Older than the oldest loaded ICD-10-CM release; answered from ICD-10-CM FY2025 (test).';
    }
    if (row.from && dos < row.from) return { status: 'not-yet-valid', effectiveFrom: row.from, release };
    if (row.deletedOn) {
      return dos < row.deletedOn ? { status: 'valid', release } : { status: 'deleted', deletedOn: row.deletedOn, replacements: row.replacements ?? [], release };
    }
    if (row.terminatedOn && dos >= row.terminatedOn) return { status: 'terminated', terminatedOn: row.terminatedOn, release };
    const status = row.billable ? 'valid' : 'header';
    return caveat ? { status, release, caveat } : { status, release };
  }

  private icd10Rows(): Row[] {
    return [...this.byKey.values()].filter((r) => r.system === 'icd10cm');
  }

  children(code: string): CodeEntry[] {
    const body = codeBody(code);
    return this.icd10Rows().filter((r) => codeBody(r.code).length === body.length + 1 && codeBody(r.code).startsWith(body)).map((r) => this.entry(r));
  }

  billableDescendants(code: string, limit = 50): CodeEntry[] {
    const body = codeBody(code);
    return this.icd10Rows()
      .filter((r) => r.billable && codeBody(r.code).length > body.length && codeBody(r.code).startsWith(body))
      .slice(0, limit).map((r) => this.entry(r));
  }

  ancestors(code: string): CodeEntry[] {
    const body = codeBody(code);
    return this.icd10Rows().filter((r) => codeBody(r.code).length < body.length && body.startsWith(codeBody(r.code))).map((r) => this.entry(r));
  }

  private selfAndAncestors(code: string): string[] {
    const row = this.row('icd10cm', code);
    return row ? [...this.ancestors(code).map((e) => e.code), row.code] : [];
  }

  notes(code: string): Icd10Notes | null {
    const chain = this.selfAndAncestors(code);
    if (chain.length === 0) return null;
    const notes: Icd10Notes = { source: NOTES_SOURCE, inclusionTerms: [], excludes1: [], excludes2: [], codeFirst: [], useAdditionalCode: [], codeAlso: [], inheritedFrom: [] };
    for (const c of chain) {
      for (const n of EXCLUDES1[c] ?? []) { notes.excludes1.push(n); if (c !== chain[chain.length - 1]) notes.inheritedFrom.push({ code: c, kind: 'excludes1' }); }
      for (const n of CODE_FIRST[c] ?? []) { notes.codeFirst.push(n); if (c !== chain[chain.length - 1]) notes.inheritedFrom.push({ code: c, kind: 'codeFirst' }); }
    }
    return notes;
  }

  excludes1Between(a: string, b: string): { note: NoteItem; definedAt: string } | null {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (const at of this.selfAndAncestors(x)) {
        const note = (EXCLUDES1[at] ?? []).find((n) => n.codes.some((ref) => covers(ref, y)));
        if (note) return { note, definedAt: at };
      }
    }
    return null;
  }

  sevenCharacter(code: string): SevenCharacterRule | null {
    for (const at of this.selfAndAncestors(code).toReversed()) if (SEVENTH[at]) return SEVENTH[at]!;
    return null;
  }

  /** As lib/codes/tables.ts: a title "in ... classified elsewhere" on the code or an ancestor. */
  isManifestation(code: string): boolean {
    return this.selfAndAncestors(code).some((c) => /\bin\b.*\bclassified elsewhere\b/i.test(this.row('icd10cm', c)!.title));
  }

  crosswalk(fromSystem: 'icd9cm' | 'icd10cm', code: string): GemMapping[] {
    const body = codeBody(code);
    return fromSystem === 'icd9cm'
      ? GEMS.filter((g) => codeBody(g.from) === body)
      : GEMS.filter((g) => codeBody(g.to) === body).map((g) => ({ ...g, from: g.to, to: g.from }));
  }

  /** Code-prefix search only: enough for rules that offer near matches. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const body = codeBody(query);
    const systems = options.systems ?? ['icd10cm', 'icd9cm', 'hcpcs', 'modifier'];
    const out: SearchResult[] = [];
    for (let len = body.length; len >= 3 && out.length === 0; len--) {
      const prefix = body.slice(0, len);
      for (const row of this.byKey.values()) {
        if (!systems.includes(row.system) || !codeBody(row.code).startsWith(prefix)) continue;
        const validOnDos = options.dos ? this.validity(row.system, row.code, options.dos).status === 'valid' : null;
        out.push({ ...this.entry(row), score: 1 - len / Math.max(body.length, 1), validOnDos, matchedBy: 'prefix' });
      }
    }
    return out.slice(0, options.limit ?? 20);
  }
}
