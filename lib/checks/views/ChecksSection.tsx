// Settings of the claims domain: payer deadline rules and checks switched off (storage.local, not
// PHI), and the user's licensed X12 CARC/RARC lists (IndexedDB of the extension's origin).
// Watching the items keeps two open options tabs in step.
import { useEffect, useState } from 'react';
import { ClaimsSettings } from './ClaimsSettings';
import { RULES } from '@/lib/checks/registry';
import type { X12ImportMeta } from '@/lib/denials/x12-import';
import { t } from '@/lib/platform/i18n';
import { disabledRulesItem, readDisabledRules, saveDisabledRules } from '@/lib/checks/storage';
import { importOfficialListFile, MAX_X12_FILE_BYTES, officialListImports, officialListsChanged, removeOfficialList } from '@/lib/denials/storage';
import { payerRulesItem, readRawPayerRules, savePayerRules } from '@/lib/deadlines/storage';
import { errorMessage } from '@/lib/platform/errors';

export function ClaimsSection() {
  const [payerRules, setPayerRules] = useState<unknown>(undefined);
  const [disabled, setDisabled] = useState<string[] | null>(null);
  const [imports, setImports] = useState<X12ImportMeta[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const fail = (e: unknown) => setError(errorMessage(e));
    const loadImports = () => void officialListImports().then(setImports, fail);
    void readRawPayerRules().then(setPayerRules, fail);
    void readDisabledRules().then(setDisabled, fail);
    loadImports();
    const unwatch = [
      payerRulesItem.watch((v) => setPayerRules(v)),
      disabledRulesItem.watch(() => void readDisabledRules().then(setDisabled, fail)),
      officialListsChanged.watch(loadImports),
    ];
    return () => unwatch.forEach((u) => u());
  }, []);

  if (error) return <p role="alert">{t('claimsSettings.loadFailed', { error })}</p>;
  if (payerRules === undefined || disabled === null) return <p className="muted">{t('claimsSettings.loading')}</p>;
  return (
    <ClaimsSettings
      payerRules={payerRules}
      onSavePayerRules={async (rules) => setPayerRules(await savePayerRules(rules))}
      checks={RULES}
      disabledChecks={disabled}
      onChangeDisabledChecks={async (ids) => { await saveDisabledRules(ids); setDisabled(ids); }}
      imports={imports}
      maxImportMb={MAX_X12_FILE_BYTES / (1024 * 1024)}
      onImport={async (list, file) => {
        const outcome = await importOfficialListFile(list, file);
        setImports(await officialListImports());
        return outcome;
      }}
      onRemoveImport={async (list) => {
        await removeOfficialList(list);
        setImports(await officialListImports());
      }}
    />
  );
}
