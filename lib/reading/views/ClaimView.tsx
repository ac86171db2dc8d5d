/**
 * The side panel's Claim tab: what was read from the current page. Empty states for a site that is
 * not enabled and for a page without a claim; otherwise what to do next (the caller's slot), the
 * claim (or the results list), and, under "Details", what developers and support need: the reader
 * and its confidence, "Copy as JSON", and where each value came from on the page.
 */
import { useState, type ReactNode } from 'react';
import { isClaimList } from '@/lib/claim/types';
import { t } from '@/lib/platform/i18n';
import type { ExtractionResult } from '@/lib/reading/portals/types';
import { ClaimDetail } from './ClaimDetail';
import { ClaimListTable } from './ClaimListTable';
import { FullLinesTable } from './ClaimLines';
import { SourcesPanel } from './SourcesPanel';
import './claim.css';

export interface ClaimViewProps {
  /** The latest extraction from the active tab, or null when none arrived. */
  result: ExtractionResult | null;
  siteEnabled: boolean;
  onEnableSite(): void;
  /** Receives the claim JSON of the `extract` contract (pretty-printed). */
  onCopyJson(json: string): void;
  /** Asks the page to scroll to and outline an element (a provenance selector). */
  onHighlight?(selector: string): void;
  /** "Teach the reader" (lib/reading/views/TeachReader), shown in the "This looks wrong" view. */
  teachSlot?: ReactNode;
  /** "Read this page again": runs the reader in the tab if needed and reads now. */
  onReread?(): void;
  rereading?: boolean;
  /** The next-actions box, shown first. */
  actionsSlot?: ReactNode;
  /** The claim's notes (count, last one, "add a note"). */
  notesSlot?: ReactNode;
  /** The cross-check findings list (the detail cards), after the lines. */
  findingsSlot?: ReactNode;
  /** Payer type and the rule behind each deadline. */
  payerSlot?: ReactNode;
}

function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <section className="claim-empty" aria-labelledby="claim-empty-title">
      <h2 id="claim-empty-title">{title}</h2>
      <p>{body}</p>
      {children}
    </section>
  );
}

function RereadButton({ onReread, rereading }: { onReread?(): void; rereading?: boolean }) {
  if (!onReread) return null;
  return (
    <button type="button" className="claim-reread" onClick={onReread} disabled={rereading} aria-busy={rereading || undefined}>
      {rereading ? t('claims.reread.busy') : t('claims.reread')}
    </button>
  );
}

export function ClaimView(props: ClaimViewProps) {
  const { result, siteEnabled, onEnableSite, onCopyJson, onHighlight, onReread, rereading } = props;
  const [showSources, setShowSources] = useState(false);
  if (!siteEnabled) {
    return (
      <EmptyState title={t('claims.disabled.title')} body={t('claims.disabled.body')}>
        <button type="button" className="primary" onClick={onEnableSite}>{t('claims.disabled.enable')}</button>
      </EmptyState>
    );
  }
  if (!result || !result.found) {
    return (
      <EmptyState title={t('claims.empty.title')} body={t('claims.empty.body')}>
        <RereadButton onReread={onReread} rereading={rereading} />
      </EmptyState>
    );
  }
  const page = result.page;
  const reader = result.portal === 'generic' ? t('claims.reader.generic') : result.portal;
  const list = isClaimList(page);
  return (
    <section className="claim-view" aria-label={t('claims.title')}>
      <div className="claim-topbar">
        <RereadButton onReread={onReread} rereading={rereading} />
      </div>
      {result.warning && <p className="claim-warning" role="status">{t('claims.warning', { text: result.warning })}</p>}
      {!list && props.actionsSlot}
      {list ? <ClaimListTable claims={page.claims} /> : (
        <ClaimDetail claim={page} missing={result.missing} findingsSlot={props.findingsSlot} notesSlot={props.notesSlot} payerSlot={props.payerSlot} unsure={result.unsure} />
      )}
      <details className="claim-details">
        <summary>{t('claims.details')}</summary>
        <div className="claim-meta">
          <span>{t('claims.reader', { reader })}</span>
          <span>{t('claims.confidence', { percent: Math.round(result.confidence * 100) })}</span>
        </div>
        <div className="claim-actions">
          <button type="button" onClick={() => onCopyJson(JSON.stringify(page, null, 2))}>{t('claims.copyJson')}</button>
          <button type="button" aria-pressed={showSources} onClick={() => setShowSources((v) => !v)}>{t('claims.looksWrong')}</button>
        </div>
        {showSources && <SourcesPanel result={result} onHighlight={onHighlight} />}
        {showSources && props.teachSlot}
        {!list && page.lines.length > 0 && <FullLinesTable lines={page.lines} unsure={new Set(result.unsure ?? [])} />}
      </details>
    </section>
  );
}
