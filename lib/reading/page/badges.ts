/**
 * Small badges beside the codes on the portal page. Each badge lives in its own closed shadow root
 * (the page's CSS and scripts cannot reach into it), text is only ever set with textContent and
 * attributes (page text is never parsed as HTML), and the host is an inline-block span appended at
 * the end of the code's element so the portal's layout and forms keep working.
 */
import { SEVERITY_COLOURS } from '@/lib/checks/severity';
import type { BadgeStatus, BadgeSystem, BadgeVerdict } from '@/lib/checks/verdict-contract';
import type { LocatedCode } from './locate';
import { createShadowHost } from './shadow-host';

export type StatusOf = (system: BadgeSystem, code: string, dos: string | null) => BadgeVerdict;

export interface BadgeHandle {
  readonly count: number;
  /** False when the page removed some badges (it re-rendered their cells): draw them again. */
  intact(): boolean;
  dispose(): void;
}

const GLYPH: Record<BadgeStatus, string> = { valid: '✓', 'not-billable': '!', 'not-valid-on-dos': '✕', unknown: '?', explained: 'i' };
// Status colours match the finding severities (WCAG AA on white); green and gray for valid and unknown.
const COLOUR: Record<BadgeStatus, string> = {
  valid: '#1b7f3b', 'not-billable': SEVERITY_COLOURS.warning, 'not-valid-on-dos': SEVERITY_COLOURS.error, unknown: '#57606a',
  explained: SEVERITY_COLOURS.info,
};

// Inline styles with !important: a portal's "span { ... }" rules must not resize or hide the host.
const HOST_STYLE = [
  'all: initial', 'display: inline-block', 'margin: 0 0 0 4px', 'padding: 0', 'border: 0', 'width: auto', 'height: auto',
  'vertical-align: baseline', 'line-height: 1', 'position: static', 'float: none',
].map((d) => `${d} !important`).join('; ');

const SHADOW_CSS = `
.b { display: inline-block; font: 600 10px/14px system-ui, sans-serif; min-width: 14px; height: 14px; padding: 0 3px;
  border-radius: 7px; color: #fff; text-align: center; box-sizing: border-box; cursor: help; white-space: nowrap; }
.b[data-severity] { box-shadow: 0 0 0 2px var(--ring); }
`;

const AFTER = new Set(['INPUT', 'IMG', 'BR', 'HR', 'SELECT', 'TEXTAREA', 'BUTTON']);

function makeBadge(doc: Document, located: LocatedCode, verdict: BadgeVerdict, showCode: boolean): HTMLElement {
  const { host, root } = createShadowHost(doc, 'span', 'badge', HOST_STYLE, SHADOW_CSS);
  const badge = doc.createElement('span');
  badge.className = 'b';
  badge.style.background = COLOUR[verdict.status];
  if (verdict.severity) {
    badge.dataset.severity = verdict.severity;
    badge.style.setProperty('--ring', SEVERITY_COLOURS[verdict.severity]);
  }
  badge.textContent = showCode ? `${GLYPH[verdict.status]} ${located.code}` : GLYPH[verdict.status];
  const label = `${located.code}: ${verdict.tooltip}`;
  badge.setAttribute('title', label);
  badge.setAttribute('role', 'img');
  badge.setAttribute('aria-label', label);
  root.append(badge);
  // Tests and the side panel's "highlight" look the badge up by these (closed roots hide the inside).
  host.dataset.status = verdict.status;
  host.dataset.code = located.code;
  host.dataset.system = located.system;
  if (verdict.severity) host.dataset.severity = verdict.severity;
  return host;
}

/** Draws one badge per located code; `dispose()` removes them all. Never throws on a detached element. */
export function renderBadges(doc: Document, located: readonly LocatedCode[], statusOf: StatusOf): BadgeHandle {
  const hosts: HTMLElement[] = [];
  const perElement = new Map<Element, number>();
  for (const l of located) perElement.set(l.element, (perElement.get(l.element) ?? 0) + 1);
  for (const l of located) {
    if (!l.element.isConnected) continue;
    let verdict: BadgeVerdict;
    try {
      verdict = statusOf(l.system, l.code, l.dos);
    } catch {
      verdict = { status: 'unknown', tooltip: '' };
    }
    const host = makeBadge(doc, l, verdict, (perElement.get(l.element) ?? 0) > 1);
    try {
      if (AFTER.has(l.element.tagName.toUpperCase())) l.element.after(host);
      else l.element.append(host);
      hosts.push(host);
    } catch {
      // An element the page froze or moved: skip its badge rather than break the page.
    }
  }
  return {
    count: hosts.length,
    intact: () => hosts.every((h) => h.isConnected),
    dispose() {
      for (const h of hosts) h.remove();
      hosts.length = 0;
    },
  };
}
