/**
 * The filled letter with every variable that has no value highlighted. Segments are React text
 * nodes: a value read from a portal page is never parsed as HTML.
 */
import { t } from '@/lib/platform/i18n';
import type { Segment } from '@/lib/templates';

export function TemplatePreview({ segments }: { segments: Segment[] }) {
  return (
    <div className="tpl-preview" role="region" aria-label={t('templates.preview')} tabIndex={0}>
      {segments.map((seg, i) =>
        seg.missing ? (
          <mark key={i} className="tpl-missing" title={t(`templates.problem.${seg.problem ?? 'no-value'}`)}>
            {seg.value}
          </mark>
        ) : (
          <span key={i} className={seg.kind === 'var' ? 'tpl-filled' : undefined}>{seg.value}</span>
        ),
      )}
    </div>
  );
}
