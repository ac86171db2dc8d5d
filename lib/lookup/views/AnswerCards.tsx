/**
 * What a lookup group shows besides its code rows: denial and remark explanations, modifiers and
 * units written with the code, a retired code's history and successors, the nearest codes of a
 * code that does not exist. Props in, callbacks out.
 */
import { Fragment } from 'react';
import { systemLabel } from './labels';
import { CodeLink } from './CodeLink';
import type { CodeEntry } from '@/lib/codes/types';
import { formatDate, getLocale, t } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import type { DenialAnswer, LookupGroup } from '@/lib/lookup/answer';

export function DenialCard({ answer }: { answer: DenialAnswer }) {
  const { explanation: x, list, group } = answer;
  const locale = getLocale();
  const code = group ? `${group}-${answer.code}` : answer.code;
  const heading = t(list === 'carc' ? 'lookup.denial.carc' : 'lookup.denial.rarc', { code });
  return (
    <section className="lk-card lk-denial" aria-label={heading}>
      <h3>
        {heading}
        {x.inPlaybook && <>: {x.entry[locale].title}</>}
      </h3>
      {x.group && <p className="lk-hint">{t('lookup.denial.group', { group: x.group.group, name: x.group[locale].name, explanation: x.group[locale].explanation })}</p>}
      {x.inPlaybook ? (
        <>
          <p>{x.entry[locale].explanation}</p>
          <h4>{t('lookup.denial.steps')}</h4>
          <ol>
            {x.entry[locale].steps.map((s) => <li key={s}>{s}</li>)}
          </ol>
        </>
      ) : x.official ? null : (
        <p>{t('lookup.denial.unknown', { code })}</p>
      )}
      {!x.inPlaybook && x.official && <p>{t('lookup.denial.official', { text: x.official })}</p>}
      {x.inPlaybook && <p className="lk-source">{t('lookup.denial.ours')}</p>}
    </section>
  );
}

function CodeList({ codes, onOpen }: { codes: CodeEntry[]; onOpen(ref: CodeRef): void }) {
  return (
    <ul className="lk-successors">
      {codes.map((c) => (
        <li key={`${c.system}:${c.code}`}>
          <CodeLink codeRef={{ system: c.system, code: c.code }} onOpen={onOpen} /> <span className="lk-title">{c.title}</span>
        </li>
      ))}
    </ul>
  );
}

/** The line written with a code (units, modifiers): shown after the code's rows. */
export function LineExtras({ group }: { group: LookupGroup }) {
  const { modifiers, units } = group;
  return (
    <>
      {(modifiers.length > 0 || units != null) && (
        <div className="lk-card lk-line">
          {units != null && <p>{t('lookup.group.units', { count: units })}</p>}
          {modifiers.length > 0 && (
            <>
              <h4>{t('lookup.group.modifiers')}</h4>
              <dl className="lk-mods">
                {modifiers.map((m) => (
                  <Fragment key={m.code}>
                    <dt className="lk-code">{m.code}</dt>
                    <dd>{m.entry ? m.entry.title : t('lookup.group.modifierUnknown')}</dd>
                  </Fragment>
                ))}
              </dl>
            </>
          )}
        </div>
      )}
    </>
  );
}

/** Denial and remark explanations, a retired code's history, or the nearest codes: shown before the rows. */
export function GroupExtras({ group, hasGems, onOpen }: { group: LookupGroup; hasGems: boolean; onOpen(ref: CodeRef): void }) {
  const { history: h, unknown, denials } = group;
  return (
    <>
      {denials.map((d) => <DenialCard key={`${d.list}:${d.code}`} answer={d} />)}
      {h && (
        <section className="lk-card lk-retired" aria-label={h.code}>
          <p className="lk-warn-text">
            {h.status === 'terminated'
              ? t('lookup.retired.terminated', { code: h.code, date: formatDate(h.lastValidDay ?? '') })
              : h.status === 'became-header'
                ? t('lookup.retired.becameHeader', { code: h.code, date: formatDate(h.changedOn ?? '') })
                : h.changedOn
                  ? t('lookup.retired.deletedOn', { code: h.code, date: formatDate(h.changedOn) })
                  : t('lookup.retired.deletedBefore', { code: h.code, date: formatDate(h.deletedBefore ?? '') })}
          </p>
          {h.title && h.status !== 'became-header' && <p className="lk-hint">{t('lookup.retired.lastTitle', { title: h.title })}</p>}
          {h.successors.length > 0 ? (
            <>
              <p>
                {h.successorsFrom === 'replacements'
                  ? t('lookup.retired.replacements')
                  : h.successorsFrom === 'children'
                    ? t('lookup.retired.children')
                    : h.successorsFrom === 'gems'
                      ? t('lookup.retired.gems')
                      : t('lookup.retired.ancestor', { code: h.ancestor?.code ?? '' })}
              </p>
              <CodeList codes={h.successors} onOpen={onOpen} />
            </>
          ) : (
            <p className="lk-hint">{t('lookup.retired.none')}</p>
          )}
        </section>
      )}
      {unknown && (
        <section className="lk-card lk-unknown" aria-label={unknown.code}>
          <p className="lk-warn-text">{t('lookup.unknown.text', { code: unknown.code, system: systemLabel(unknown.system) })}</p>
          {unknown.system === 'icd10cm' && hasGems && <p className="lk-hint">{t('lookup.unknown.gems')}</p>}
          {unknown.nearest.length > 0 && (
            <>
              <p>{t('lookup.unknown.nearest')}</p>
              <CodeList codes={unknown.nearest} onOpen={onOpen} />
            </>
          )}
        </section>
      )}
    </>
  );
}
