import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import type { ExtractionResult } from '@/lib/reading/portals/types';
import type { BadgeVerdict } from '@/lib/checks/verdict-contract';
import { renderBadges } from './badges';
import { renderClaimChip } from './chip';
import { highlightElement } from './highlight';
import { codeQuestions, locateCodes } from './locate';
import { claimKey, observeClaimPage } from './observe';

const PAGE = `
  <main>
    <dl><dt>Claim #</dt><dd>PG0000000001</dd><dt>Dates of Service</dt><dd>01/15/2026</dd>
    <dt>Diagnosis Codes</dt><dd id="dx">E119, B880</dd></dl>
    <form id="f"><label for="note">Note</label><input id="note" name="note" value="keep me"></form>
    <table id="lines">
      <thead><tr><th>DOS</th><th>Proc Code</th><th>Mod</th><th>Units</th><th>Billed</th><th>Adj Reason</th><th>Remark</th><th>Rev</th></tr></thead>
      <tbody>
        <tr><td>01/15/2026</td><td>99213</td><td>25</td><td>1</td><td>$100.00</td><td>CO-97</td><td>N130</td><td></td></tr>
        <tr><td>01/16/2026</td><td>J1100</td><td></td><td>2</td><td>$20.00</td><td></td><td></td><td></td></tr>
      </tbody>
    </table>
  </main>`;

function setup(html = PAGE): ExtractionResult {
  document.body.innerHTML = html;
  return extractClaimPage(document, 'https://portal.example.test/claim');
}

// Closed shadow roots are invisible from outside: capture them as they are created.
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const verdicts: Record<string, BadgeVerdict> = {
  'E11.9': { status: 'valid', tooltip: 'Type 2 diabetes, billable' },
  'B88.0': { status: 'not-valid-on-dos', tooltip: 'Deleted Oct 1, 2025 <b>use B88.01</b>', severity: 'error' },
};
const statusOf = (_system: string, code: string): BadgeVerdict => verdicts[code] ?? { status: 'unknown', tooltip: 'Not in the loaded tables' };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('locateCodes', () => {
  it('finds each code with its element, system and date of service', () => {
    const located = locateCodes(document, setup());
    expect(located.map((l) => [l.path, l.system, l.code, l.dos, l.element.textContent])).toEqual([
      ['diagnoses[0]', 'icd10cm', 'E11.9', '2026-01-15', 'E119, B880'],
      ['diagnoses[1]', 'icd10cm', 'B88.0', '2026-01-15', 'E119, B880'],
      ['lines[0].code', 'cpt', '99213', '2026-01-15', '99213'],
      ['lines[0].modifiers[0]', 'modifier', '25', '2026-01-15', '25'],
      ['lines[0].adjustments[0]', 'carc', 'CO-97', '2026-01-15', 'CO-97'],
      ['lines[0].remarks[0]', 'rarc', 'N130', '2026-01-15', 'N130'],
      ['lines[1].code', 'hcpcs', 'J1100', '2026-01-16', 'J1100'],
    ]);
    expect(codeQuestions(located)).toHaveLength(7);
  });

  it('badges a QA0 diagnosis, and no CDT (dental) or revenue code: the code tables do not hold them', () => {
    const html = PAGE.replace('E119, B880', 'QA00101, E119').replace('<td>J1100</td>', '<td>D0120</td>')
      .replace('</tbody>', '<tr><td>01/17/2026</td><td>0450</td><td></td><td>1</td><td>$5.00</td><td></td><td></td><td></td></tr></tbody>');
    const result = setup(html);
    // Read, all three: only the badges leave the dental and revenue codes out.
    expect('lines' in result.page && result.page.lines.map((l) => l.code)).toEqual(['99213', 'D0120', '0450']);
    const located = locateCodes(document, result);
    expect(located.filter((l) => l.path.startsWith('diagnoses')).map((l) => [l.system, l.code])).toEqual([['icd10cm', 'QA0.0101'], ['icd10cm', 'E11.9']]);
    expect(located.filter((l) => l.path.endsWith('.code')).map((l) => [l.path, l.system, l.code])).toEqual([['lines[0].code', 'cpt', '99213']]);
  });

  it('returns nothing for results lists and for elements that are gone', () => {
    const result = setup();
    document.body.innerHTML = '<p>navigated away</p>';
    expect(locateCodes(document, result)).toEqual([]);
    expect(locateCodes(document, { ...result, page: { claims: [] } })).toEqual([]);
  });
});

describe('renderBadges', () => {
  it('adds one closed-shadow badge per code without touching forms or page text', () => {
    const roots = captureShadowRoots();
    const result = setup();
    const input = document.getElementById('note') as HTMLInputElement;
    const formBefore = (document.getElementById('f') as HTMLFormElement).elements.length;
    const handle = renderBadges(document, locateCodes(document, result), statusOf);
    expect(handle.count).toBe(7);
    const hosts = [...document.querySelectorAll('[data-remit-ranger="badge"]')] as HTMLElement[];
    expect(hosts).toHaveLength(7);
    expect(hosts.every((h) => h.shadowRoot === null)).toBe(true);
    expect(hosts[1]!.dataset).toMatchObject({ code: 'B88.0', status: 'not-valid-on-dos', severity: 'error' });
    // Tooltip text stays text: the "<b>" in it is not parsed.
    const inner = roots[1]!.querySelector('.b')!;
    expect(inner.getAttribute('title')).toBe('B88.0: Deleted Oct 1, 2025 <b>use B88.01</b>');
    expect(inner.querySelector('b')).toBeNull();
    // Two codes in one element show their code in the badge; a lone code shows only the glyph.
    expect(inner.textContent).toBe('✕ B88.0');
    expect(roots[2]!.querySelector('.b')!.textContent).toBe('?');
    // Page text unchanged (shadow content is not part of textContent), forms untouched.
    expect(document.getElementById('dx')!.textContent).toBe('E119, B880');
    expect((document.getElementById('f') as HTMLFormElement).elements.length).toBe(formBefore);
    expect(input.value).toBe('keep me');
    expect(hosts[0]!.getAttribute('style')).toContain('display: inline-block !important');
    handle.dispose();
    expect(document.querySelectorAll('[data-remit-ranger]')).toHaveLength(0);
  });

  it('survives a statusOf that throws and elements removed before drawing', () => {
    const result = setup();
    const located = locateCodes(document, result);
    located[0]!.element.remove();
    const handle = renderBadges(document, located, () => {
      throw new Error('tables not loaded');
    });
    expect(handle.count).toBe(5);
    expect(document.querySelector('[data-remit-ranger]')!.getAttribute('data-status')).toBe('unknown');
  });

  it('re-extraction ignores its own badges', () => {
    const result = setup();
    renderBadges(document, locateCodes(document, result), statusOf);
    const again = extractClaimPage(document, 'https://portal.example.test/claim');
    expect(again.page).toEqual(result.page);
  });
});

describe('renderClaimChip', () => {
  it('opens the side panel on click and can be dismissed', () => {
    const roots = captureShadowRoots();
    const onOpen = vi.fn();
    const chip = renderClaimChip(document, { label: 'Claim found', ariaLabel: 'Open Remit Ranger', dismissLabel: 'Dismiss', onOpen });
    const buttons = roots[0]!.querySelectorAll('button');
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Open Remit Ranger');
    (buttons[0] as HTMLButtonElement).click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    chip.update('Claim found: 2 lines');
    expect(buttons[0]!.textContent).toBe('Claim found: 2 lines');
    (buttons[1] as HTMLButtonElement).click();
    expect(document.querySelector('[data-remit-ranger="chip"]')).toBeNull();
  });
});

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(signal?: AbortSignal) {
  const onChange = vi.fn();
  const extract = vi.fn(() => extractClaimPage(document, 'https://portal.example.test/spa'));
  const obs = observeClaimPage({ doc: document, extract, onChange, key: claimKey, debounceMs: 20, maxWaitMs: 200, signal });
  return { onChange, extract, obs };
}

describe('observeClaimPage', () => {
  it('reports the first claim, then only when the claim changes', async () => {
    setup();
    const { onChange, extract, obs } = start();
    expect(onChange).toHaveBeenCalledTimes(1);
    // Our own badges: no re-extraction.
    renderBadges(document, locateCodes(document, onChange.mock.calls[0]![0]), statusOf);
    await tick(60);
    expect(extract).toHaveBeenCalledTimes(1);
    // A page change that leaves the claim as it was: re-extracted, not reported.
    document.querySelector('main')!.append(document.createElement('hr'));
    await tick(60);
    expect(extract).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The SPA switches claims: several quick mutations, one extraction.
    const dd = document.querySelector('dd')!;
    dd.textContent = 'PG0000000002';
    dd.append(' ');
    await tick(60);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]![0].page.claimNumber).toBe('PG0000000002');
    obs.dispose();
    dd.textContent = 'PG0000000003';
    await tick(60);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('reports every settled extraction so dropped badges can be redrawn', async () => {
    setup();
    const settled = vi.fn();
    let handle = renderBadges(document, [], statusOf);
    const obs = observeClaimPage<ExtractionResult>({
      doc: document,
      extract: () => extractClaimPage(document, 'https://portal.example.test/spa'),
      key: claimKey,
      debounceMs: 20,
      onChange: (r) => {
        handle.dispose();
        handle = renderBadges(document, locateCodes(document, r), statusOf);
      },
      onSettled: (r, changed) => {
        settled(changed);
        if (!handle.intact()) {
          handle.dispose();
          handle = renderBadges(document, locateCodes(document, r), statusOf);
        }
      },
    });
    expect(handle.intact()).toBe(true);
    // The portal re-renders the table body with the same claim: our badges in it are gone.
    const tbody = document.querySelector('#lines tbody')!;
    tbody.replaceWith(tbody.cloneNode(true));
    expect(handle.intact()).toBe(false);
    await tick(80);
    expect(settled).toHaveBeenLastCalledWith(false);
    expect(handle.intact()).toBe(true);
    expect(document.querySelectorAll('#lines [data-remit-ranger="badge"]').length).toBeGreaterThan(0);
    obs.dispose();
  });

  it('stops on abort', async () => {
    setup();
    const controller = new AbortController();
    const { onChange } = start(controller.signal);
    controller.abort();
    document.querySelector('dd')!.textContent = 'PG0000000009';
    await tick(60);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the extension context is invalidated', async () => {
    setup();
    const onStop = vi.fn();
    const onChange = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    observeClaimPage({ doc: document, extract: () => extractClaimPage(document, 'https://x.test/'), onChange, key: claimKey, debounceMs: 10, onStop });
    expect(onStop).toHaveBeenCalledWith('extension context invalidated');
    document.querySelector('dd')!.textContent = 'PG0000000010';
    await tick(40);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('highlightElement', () => {
  it('outlines the element with an overlay, leaves the element alone, and goes away', async () => {
    const result = setup();
    const p = result.provenance.find((x) => x.path === 'claimNumber')!;
    const target = document.querySelector(p.selector)!;
    const styleBefore = target.getAttribute('style');
    const handle = highlightElement(document, p.selector, 30);
    expect(handle).not.toBeNull();
    expect(document.querySelector('[data-remit-ranger="highlight"]')).not.toBeNull();
    expect(target.getAttribute('style')).toBe(styleBefore);
    await tick(60);
    expect(document.querySelector('[data-remit-ranger="highlight"]')).toBeNull();
  });

  it('returns null for selectors that are invalid or find nothing', () => {
    setup();
    expect(highlightElement(document, '##not a selector')).toBeNull();
    expect(highlightElement(document, '#gone')).toBeNull();
  });
});
