/**
 * Options "Claim checks": payer deadlines, checks on/off, and the official X12 list imports.
 * Props in, callbacks out; entrypoints/options/sections/claims.tsx reads and writes storage.
 */
import type { PayerRule } from '@/lib/deadlines';
import type { X12ImportMeta, X12List } from '@/lib/denials/x12-import';
import { t } from '@/lib/platform/i18n';
import type { OfficialListOutcome } from '@/lib/denials/storage';
import { CheckToggles } from './CheckToggles';
import { OfficialListImport, type ChosenFile } from '@/lib/denials/views/OfficialListImport';
import { PayerRulesEditor } from '@/lib/deadlines/views/PayerRulesEditor';
import './claims-settings.css';

const LISTS: X12List[] = ['carc', 'rarc'];

export interface ClaimsSettingsProps {
  /** The stored payer rules as read (validated by the editor). */
  payerRules: unknown;
  onSavePayerRules(rules: PayerRule[]): Promise<void> | void;
  /** The cross-check rules, in registry order (`RULES`). */
  checks: readonly { id: string }[];
  disabledChecks: readonly string[];
  onChangeDisabledChecks(ids: string[]): Promise<void> | void;
  imports: readonly X12ImportMeta[];
  maxImportMb: number;
  onImport(list: X12List, file: ChosenFile): Promise<OfficialListOutcome>;
  onRemoveImport(list: X12List): Promise<void>;
  newId?: () => string;
}

export function ClaimsSettings(p: ClaimsSettingsProps) {
  return (
    <section className="cs" aria-labelledby="claims-settings-title">
      <h2 id="claims-settings-title">{t('claimsSettings.title')}</h2>
      <p className="muted">{t('claimsSettings.intro')}</p>

      <section aria-labelledby="claims-settings-deadlines">
        <h3 id="claims-settings-deadlines">{t('claimsSettings.deadlines.title')}</h3>
        <p>{t('claimsSettings.deadlines.intro')}</p>
        <PayerRulesEditor rules={p.payerRules} onSave={p.onSavePayerRules} newId={p.newId} />
      </section>

      <section aria-labelledby="claims-settings-checks">
        <h3 id="claims-settings-checks">{t('claimsSettings.checks.title')}</h3>
        <CheckToggles rules={p.checks} disabled={p.disabledChecks} onChange={p.onChangeDisabledChecks} />
      </section>

      <section aria-labelledby="claims-settings-x12">
        <h3 id="claims-settings-x12">{t('claimsSettings.x12.title')}</h3>
        <p>{t('claimsSettings.x12.intro')}</p>
        <p>{t('claimsSettings.x12.license')}</p>
        {LISTS.map((list) => (
          <OfficialListImport key={list} list={list} info={p.imports.find((m) => m.list === list) ?? null} maxMb={p.maxImportMb}
            onImport={(file) => p.onImport(list, file)} onRemove={() => p.onRemoveImport(list)} />
        ))}
      </section>
    </section>
  );
}
