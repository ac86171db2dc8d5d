/**
 * Fills a template body with variables, in the letter's language. Pure: the date of "today" comes
 * in through the options, so the same inputs always give the same letter.
 *
 * A variable with no value is never dropped silently: its `{{tag}}` stays in the text and its
 * segment is flagged `missing`, so the preview can highlight it and the specialist fills it in
 * before the letter reaches the payer.
 */
import type { Locale } from '@/lib/platform/i18n';
import { formatValue, isEmptyValue } from './format';
import { parse, type Node } from './parse';
import type { RenderOptions, RenderResult, Segment, Template, TemplateVariables, VarValue } from './types';

/** The body in the wanted language, falling back to the other one when it was not written. */
export function localized(text: { en: string; fr: string }, locale: Locale): string {
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  return text[locale].trim() !== '' ? text[locale] : text[other];
}

function lookup(name: string, vars: TemplateVariables, opts: RenderOptions): { known: boolean; value: VarValue | null } {
  if (Object.hasOwn(vars, name)) return { known: true, value: vars[name] ?? null };
  if (name === 'today') return { known: true, value: { type: 'date', iso: opts.today } };
  return { known: false, value: null };
}

function hasValue(value: VarValue | null): value is VarValue {
  return value !== null && !isEmptyValue(value);
}

function renderNodes(nodes: Node[], vars: TemplateVariables, opts: RenderOptions, out: Segment[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ kind: 'text', value: node.value, missing: false });
        break;
      case 'stray':
        out.push({ kind: 'var', name: node.name, value: node.raw, missing: true, problem: 'unbalanced-section' });
        break;
      case 'var': {
        const { known, value } = lookup(node.name, vars, opts);
        if (!known) {
          out.push({ kind: 'var', name: node.name, value: node.raw, missing: true, problem: 'unknown-variable' });
        } else if (!hasValue(value)) {
          out.push({ kind: 'var', name: node.name, value: node.raw, missing: true, problem: 'no-value' });
        } else {
          const text = formatValue(value, node.filter, opts.locale);
          out.push(
            text === null
              ? { kind: 'var', name: node.name, value: node.raw, missing: true, problem: 'unknown-filter' }
              : { kind: 'var', name: node.name, value: text, missing: false },
          );
        }
        break;
      }
      case 'section': {
        const { known, value } = lookup(node.name, vars, opts);
        if (!known) {
          // A misspelt section name would hide or show a block for the wrong reason: show the tags.
          out.push({ kind: 'var', name: node.name, value: node.raw, missing: true, problem: 'unknown-variable' });
          renderNodes(node.children, vars, opts, out);
          out.push({ kind: 'var', name: node.name, value: node.closeRaw, missing: true, problem: 'unknown-variable' });
        } else if (hasValue(value) !== node.inverted) {
          renderNodes(node.children, vars, opts, out);
        }
        break;
      }
    }
  }
}

/** Joins neighbouring text segments so the preview renders few nodes. */
function mergeText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const seg of segments) {
    const last = merged[merged.length - 1];
    if (seg.kind === 'text' && last?.kind === 'text') last.value += seg.value;
    else merged.push({ ...seg });
  }
  return merged;
}

export function renderBody(body: string, vars: TemplateVariables, opts: RenderOptions): RenderResult {
  const raw: Segment[] = [];
  renderNodes(parse(body), vars, opts, raw);
  const segments = mergeText(raw);
  return { text: segments.map((s) => s.value).join(''), segments };
}

export function render(template: Pick<Template, 'body'>, vars: TemplateVariables, opts: RenderOptions): RenderResult {
  return renderBody(localized(template.body, opts.locale), vars, opts);
}

/** Distinct names of the variables still missing, in order of first appearance. */
export function missingVariables(result: RenderResult): string[] {
  const names = new Set<string>();
  for (const seg of result.segments) if (seg.missing && seg.name) names.add(seg.name);
  return [...names];
}
