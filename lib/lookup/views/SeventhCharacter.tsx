/** The 7th-character table that applies to a code (ICD-10-CM Official Guidelines I.B.1 / tabular notes). */
import type { SevenCharacterRule } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { CodeLink } from './CodeLink';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

export function SeventhCharacter({ rule, current, onOpen }: { rule: SevenCharacterRule; current: string | null; onOpen(ref: CodeRef): void }) {
  return (
    <section className="lk-section" aria-label={t('lookup.seventh.heading')}>
      <h3>{t('lookup.seventh.heading')}</h3>
      <p className="lk-hint">
        {t('lookup.seventh.definedAt')} <CodeLink codeRef={{ system: 'icd10cm', code: rule.definedAt }} onOpen={onOpen} />
      </p>
      <table className="lk-table">
        <ColumnHeads columns={[t('lookup.seventh.char'), t('lookup.seventh.meaning')]} />
        <tbody>
          {rule.values.map((v) => (
            <tr key={v.char} className={v.char === current ? 'lk-current' : undefined}>
              <th scope="row">{v.char}</th>
              <td>
                {v.meaning}
                {v.char === current && <strong> — {t('lookup.seventh.current')}</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="lk-source">{t('lookup.notes.source', { source: rule.source })}</p>
    </section>
  );
}
