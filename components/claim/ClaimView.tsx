/**
 * The side panel's Claim tab: what was read from the current page. Empty states for a site that is
 * not enabled and for a page without a claim; otherwise the claim (or the results list), "Copy as
 * JSON", and "This looks wrong", which shows where each value came from on the page.
 */
import { useState, type ReactNode } from 'react';
import { isClaimList } from '../../lib/claims/types';
import { t } from '../../lib/i18n';
import type { ExtractionResult } from '../../lib/portals/types';
import { ClaimDetail } from './ClaimDetail';
import { ClaimListTable } from './ClaimListTable';
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
  /** The cross-check findings list, rendered under the claim header. */
  findingsSlot?: ReactNode;
  /** "Teach the reader" (lib/reading/views/TeachReader), shown in the "This looks wrong" view. */
  teachSlot?: ReactNode;
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

export function ClaimView({ result, siteEnabled, onEnableSite, onCopyJson, onHighlight, findingsSlot, teachSlot }: ClaimViewProps) {
  const [showSources, setShowSources] = useState(false);
  if (!siteEnabled) {
    return (
      <EmptyState title={t('claims.disabled.title')} body={t('claims.disabled.body')}>
        <button type="button" className="primary" onClick={onEnableSite}>{t('claims.disabled.enable')}</button>
      </EmptyState>
    );
  }
  if (!result || !result.found) return <EmptyState title={t('claims.empty.title')} body={t('claims.empty.body')} />;

  const page = result.page;
  const reader = result.portal === 'generic' ? t('claims.reader.generic') : result.portal;
  return (
    <section className="claim-view" aria-label={t('claims.title')}>
      <div className="claim-meta">
        <span>{t('claims.reader', { reader })}</span>
        <span>{t('claims.confidence', { percent: Math.round(result.confidence * 100) })}</span>
      </div>
      {result.warning && <p className="claim-warning" role="status">{t('claims.warning', { text: result.warning })}</p>}
      <div className="claim-actions">
        <button type="button" onClick={() => onCopyJson(JSON.stringify(page, null, 2))}>{t('claims.copyJson')}</button>
        <button type="button" aria-pressed={showSources} onClick={() => setShowSources((v) => !v)}>{t('claims.looksWrong')}</button>
      </div>
      {showSources && <SourcesPanel result={result} onHighlight={onHighlight} />}
      {showSources && teachSlot}
      {isClaimList(page) ? <ClaimListTable claims={page.claims} /> : <ClaimDetail claim={page} missing={result.missing} findingsSlot={findingsSlot} unsure={result.unsure} />}
    </section>
  );
}
