/** Builds a finding with its English text rendered from the catalog. */
import { renderEnglish } from './render';
import type { TemplateId } from '@/lib/denials/letters';
import type { Finding, FindingParams, Severity, Where } from './types';

export interface FindingOptions {
  /** Defaults to `<base>.fix`. */
  fixKey?: string;
  suggestions?: string[];
  templateId?: TemplateId | null;
  /** Catalog key naming the source of the rule's fact (see Finding.source). */
  sourceKey?: string | null;
}

export function makeFinding(
  rule: string, severity: Severity, where: Where, code: string | null,
  base: string, params: FindingParams, options: FindingOptions = {},
): Finding {
  const messageKey = `${base}.message`;
  const fixKey = options.fixKey ?? `${base}.fix`;
  return {
    rule, severity, where, code,
    message: renderEnglish(messageKey, params),
    fix: renderEnglish(fixKey, params),
    messageKey, fixKey, params,
    suggestions: options.suggestions ?? [],
    templateId: options.templateId ?? null,
    source: options.sourceKey ? renderEnglish(options.sourceKey, params) : '',
    sourceKey: options.sourceKey ?? null,
  };
}
