/**
 * Merges ICD-10-CM order files of consecutive fiscal years into one code list with, per code, the
 * releases it is in and whether it is billable in each. The oldest order file's addenda rebuild the
 * year before it (adds removed, deletes put back), so codes deleted at that release answer too.
 * The addenda must turn each order file into the next exactly, or the build fails.
 */
import type { AddendaRecord } from '@/lib/codes/parse/addenda';
import type { OrderRecord } from '@/lib/codes/parse/order-file';
import { SourceFormatError } from '@/lib/codes/parse/errors';
import type { Icd10Release } from '@/lib/codes/core-format';

export interface Icd10Input {
  id: string;
  name: string;
  from: string;
  to: string;
  orderFile: string;
  order: OrderRecord[];
  addenda: AddendaRecord[];
}

export interface Icd10Merged {
  releases: Icd10Release[];
  /** Compact codes in tabular order (codes missing from the newest release sit after their predecessor). */
  codes: string[];
  titles: Map<string, { long: string; short: string }>;
  /** Presence bits 0-3 and billable bits 4-7, one bit per release. */
  flags: Map<string, number>;
  replacements: Record<string, string[]>;
}

type Snapshot = Map<string, boolean>;

function applyAddenda(prev: Snapshot, addenda: AddendaRecord[], forward: boolean): Snapshot {
  const next = new Map(prev);
  const first = forward ? 'delete' : 'add';
  const second = forward ? 'add' : 'delete';
  for (const r of addenda) if (r.action === first) next.delete(r.code);
  for (const r of addenda) if (r.action === second) next.set(r.code, r.billable);
  return next;
}

export function mergeIcd10(inputs: Icd10Input[]): Icd10Merged {
  if (inputs.length < 1 || inputs.length > 3) throw new Error('mergeIcd10: expected 1 to 3 order files');
  const snapshots: Snapshot[] = inputs.map((i) => new Map(i.order.map((r) => [r.code, r.billable])));
  // Each order file's addenda must turn the previous order file into it.
  for (let k = 1; k < inputs.length; k++) {
    const rebuilt = applyAddenda(snapshots[k - 1]!, inputs[k]!.addenda, true);
    const actual = snapshots[k]!;
    const diff = [...actual].find(([c, b]) => rebuilt.get(c) !== b) ?? [...rebuilt].find(([c]) => !actual.has(c));
    if (diff || rebuilt.size !== actual.size) {
      throw new SourceFormatError(inputs[k]!.orderFile, null, `the addenda do not turn ${inputs[k - 1]!.orderFile} into this file (first difference at ${diff?.[0] ?? 'size'}); a file is truncated or from another release`);
    }
  }
  const oldest = inputs[0]!;
  const fy = Number(oldest.from.slice(0, 4));
  const derived: Icd10Release = {
    id: `icd10cm-fy${fy}`,
    name: `ICD-10-CM FY${fy} (rebuilt from the FY${fy + 1} addenda)`,
    from: `${fy - 1}-10-01`,
    to: `${fy}-09-30`,
    derived: true,
  };
  snapshots.unshift(applyAddenda(snapshots[0]!, oldest.addenda, false));
  const releases: Icd10Release[] = [derived, ...inputs.map((i) => ({ id: i.id, name: i.name, from: i.from, to: i.to, derived: false }))];

  const titles = new Map<string, { long: string; short: string }>();
  for (let k = inputs.length - 1; k >= 0; k--) {
    for (const r of inputs[k]!.order) if (!titles.has(r.code)) titles.set(r.code, { long: r.long, short: r.short });
  }
  for (const r of oldest.addenda) if (r.action === 'delete' && !titles.has(r.code)) titles.set(r.code, { long: r.long, short: r.short });

  const flags = new Map<string, number>();
  snapshots.forEach((snap, bit) => {
    for (const [code, billable] of snap) flags.set(code, (flags.get(code) ?? 0) | (1 << bit) | (billable ? 1 << (bit + 4) : 0));
  });

  // Tabular order: the newest order file, with older-only codes after their nearest predecessor.
  const newest = inputs[inputs.length - 1]!.order;
  const position = new Map(newest.map((r) => [r.code, r.order]));
  const sorted = [...flags.keys()].sort();
  let lastPos = 0;
  let extra = 0;
  const key = new Map<string, number>();
  for (const code of sorted) {
    const p = position.get(code);
    if (p != null) {
      lastPos = p;
      extra = 0;
      key.set(code, p);
    } else key.set(code, lastPos + ++extra / 1000);
  }
  const codes = sorted.sort((a, b) => key.get(a)! - key.get(b)!);

  // Replacements for codes that leave a release: codes added at the same release under them,
  // else beside them (same parent), else in the same category.
  const replacements: Record<string, string[]> = {};
  for (let bit = 1; bit < snapshots.length; bit++) {
    const before = snapshots[bit - 1]!;
    const after = snapshots[bit]!;
    const added = [...after.keys()].filter((c) => !before.has(c) && after.get(c));
    for (const code of before.keys()) {
      if (after.has(code)) continue;
      for (const prefix of [code, code.slice(0, -1), code.slice(0, 3)]) {
        const found = added.filter((a) => a.startsWith(prefix));
        if (found.length) {
          replacements[code] = found;
          break;
        }
      }
      replacements[code] ??= [];
    }
  }
  return { releases, codes, titles, flags, replacements };
}
