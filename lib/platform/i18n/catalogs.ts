/**
 * One line per domain catalog (each domain's strings.ts exports `{ en, fr }`). The English catalog
 * is the source of the keys: `MessageKey` is their union, so `t('any.typo')` is a type error, and
 * `catalog()` makes a French catalog missing an English key a type error too (the i18n test checks
 * the same at run time, with the placeholders).
 */
import type { Messages } from '@/lib/platform/i18n';
import workspace from '@/lib/workspace/strings';
import lookup from '@/lib/lookup/strings';
import reading from '@/lib/reading/strings';
import notes from '@/lib/notes/strings';
import templates from '@/lib/templates/strings';
import checks from '@/lib/checks/strings';
import checksSettings from '@/lib/checks/settings-strings';
import codes from '@/lib/codes/strings';
import edits from '@/lib/edits/strings';
import actions from '@/lib/checks/actions-strings';

function catalog<E extends Messages>(c: { en: E; fr: { [K in keyof E]: string } }) {
  return c;
}

export const catalogs = [
  catalog(workspace), catalog(lookup), catalog(reading), catalog(notes), catalog(templates),
  catalog(checks), catalog(checksSettings), catalog(codes), catalog(edits), catalog(actions),
] as const;

type CatalogKey =
  | keyof typeof workspace.en | keyof typeof lookup.en | keyof typeof reading.en | keyof typeof notes.en
  | keyof typeof templates.en | keyof typeof checks.en | keyof typeof checksSettings.en | keyof typeof codes.en | keyof typeof edits.en
  | keyof typeof actions.en;

/** A plural pair "x.one" / "x.other" is asked for as "x" with a `count` param. */
type PluralBase<K> = K extends `${infer B}.other` ? B : never;

/** Every key of the English catalogs (plural pairs by their base key). */
export type MessageKey = CatalogKey | PluralBase<CatalogKey>;
