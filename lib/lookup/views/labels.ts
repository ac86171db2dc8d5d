/**
 * Words for what the engine answers: system names, billable/header, validity on a date of
 * service with its caveat, GEMs flags. Pure: the components and their tests share them.
 */
import type { CodeSystem, DosValidity, GemMapping, ReleaseInfo } from '@/lib/codes/types';
import { formatDate, t } from '@/lib/platform/i18n';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export interface Badge {
  text: string;
  tone: Tone;
  /** Extra warning shown as a tooltip (and read out after the badge). */
  caveat?: string;
  /** For validity badges: the engine's status. */
  status?: DosValidity['status'];
}

export function systemLabel(system: CodeSystem): string {
  return t(`lookup.system.${system}`);
}

/** ICD codes are billable (a leaf) or headers; in HCPCS, CPT and modifiers every code is billable, so no badge. */
export function hasBillableFlag(system: CodeSystem): boolean {
  return system === 'icd10cm' || system === 'icd9cm';
}

export function billableBadge(billable: boolean): Badge {
  return billable ? { text: t('lookup.badge.billable'), tone: 'ok' } : { text: t('lookup.badge.header'), tone: 'warn' };
}

export function releaseName(releases: readonly ReleaseInfo[], id: string): string {
  return releases.find((r) => r.id === id)?.name ?? id;
}

/**
 * The engine's caveat is English prose; say the same in the UI language where its meaning is
 * known from the dates (date after the newest release, or before the oldest), else keep its words.
 */
function caveatText(v: Extract<DosValidity, { status: 'valid' | 'header' }>, dos: string, releases: readonly ReleaseInfo[]): string | undefined {
  if (!v.caveat) return undefined;
  const release = releases.find((r) => r.id === v.release);
  if (!release) return v.caveat;
  // Outside the loaded releases: name the official file that answers this date.
  if (v.suggest) return t('lookup.caveat.import', { release: release.name, file: v.suggest.files.join(' / ') });
  if (release.effectiveTo === null || dos > release.effectiveTo) return t('lookup.caveat.newer', { release: release.name });
  if (dos < release.effectiveFrom) return t('lookup.caveat.older', { release: release.name });
  return t('lookup.caveat.other', { release: release.name, note: v.caveat });
}

export function validityBadge(v: DosValidity, dos: string, releases: readonly ReleaseInfo[]): Badge {
  return { ...validityWords(v, dos, releases), status: v.status };
}

function validityWords(v: DosValidity, dos: string, releases: readonly ReleaseInfo[]): Badge {
  const date = formatDate(dos);
  switch (v.status) {
    case 'valid':
      return { text: t('lookup.validity.valid', { date }), tone: 'ok', caveat: caveatText(v, dos, releases) };
    case 'header':
      return { text: t('lookup.validity.header'), tone: 'warn', caveat: caveatText(v, dos, releases) };
    case 'deleted':
      return {
        text: t('lookup.validity.deleted', { date: formatDate(v.deletedOn) }),
        tone: 'bad',
        caveat: v.replacements.length ? t('lookup.validity.replacements', { codes: v.replacements.slice(0, 8).join(', ') }) : undefined,
      };
    case 'not-yet-valid':
      return { text: t('lookup.validity.notYet', { date: formatDate(v.effectiveFrom) }), tone: 'bad' };
    case 'terminated':
      return { text: t('lookup.validity.terminated', { date: formatDate(v.terminatedOn) }), tone: 'bad' };
    case 'out-of-range':
      return { text: t('lookup.validity.outOfRange'), tone: 'warn', caveat: v.note };
    case 'unknown':
      return { text: t('lookup.validity.unknown'), tone: 'neutral' };
  }
}

/** GEMs flags in words (CMS 2018 GEMs documentation: approximate, no map, combination, scenario, choice list). */
export function gemFlags(m: GemMapping): string[] {
  if (m.noMap) return [t('lookup.gem.noMap')];
  const out = [m.approximate ? t('lookup.gem.approximate') : t('lookup.gem.exact')];
  if (m.combination) out.push(t('lookup.gem.combination', { scenario: m.scenario, choice: m.choiceList }));
  return out;
}
