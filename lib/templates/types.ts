/**
 * Template model shared by rendering, the built-in letters, user templates and the Templates tab.
 *
 * Bodies are plain text: portal appeal fields are plain `<textarea>`s, and a filled template is
 * PHI, so nothing here is ever interpreted as HTML.
 */
import type { Locale } from '@/lib/platform/i18n';
import type { ServiceLine } from '@/lib/claim/types';

/** A string in each UI/letter language. An empty string means "not written in that language". */
export interface LocalizedText {
  en: string;
  fr: string;
}

export interface Template {
  /** Built-ins use fixed ids (the denial playbook refers to them); user ids are kebab-case too. */
  id: string;
  builtIn: boolean;
  name: LocalizedText;
  body: LocalizedText;
  /** Group-prefixed CARCs this template answers ("CO-50"); empty for general templates. */
  denialCodes: string[];
}

/** Practice settings kept by the options page. Not PHI: they describe the practice, not a patient. */
export interface PracticeSettings {
  providerName: string;
  npi: string;
  taxId?: string;
  address?: string;
  phone?: string;
  /** Closing block: the specialist's name, title, direct line. */
  signature: string;
}

/**
 * A variable's value before formatting: typed so that `render` can format dates and money in the
 * letter's language, and so that a missing value stays distinguishable from an empty one.
 */
export type VarValue =
  | { type: 'text'; value: string }
  | { type: 'date'; iso: string }
  | { type: 'dateRange'; from: string; to: string | null }
  | { type: 'money'; amount: number }
  | { type: 'list'; items: string[] }
  | { type: 'lines'; lines: ServiceLine[] };

/** `null` (or an absent key) means "known variable, no value for this claim". */
export type TemplateVariables = Record<string, VarValue | null | undefined>;

export type SegmentProblem = 'no-value' | 'unknown-variable' | 'unknown-filter' | 'unbalanced-section';

export interface Segment {
  kind: 'text' | 'var';
  /** Variable name for `var` segments. */
  name?: string;
  /** The text as it appears in the output; for a missing variable, the visible `{{name}}` tag. */
  value: string;
  missing: boolean;
  /** Why a `var` segment is missing, for the preview's tooltip. */
  problem?: SegmentProblem;
}

export interface RenderOptions {
  locale: Locale;
  /** ISO date used for `{{today}}` when the variables do not carry one (keeps rendering pure). */
  today: string;
}

export interface RenderResult {
  text: string;
  segments: Segment[];
}
