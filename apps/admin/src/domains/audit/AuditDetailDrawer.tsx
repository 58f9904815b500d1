import type { AuditEntry } from '@houqin/contracts';
import { Alert, Descriptions, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useUnits } from '../units/api';
import { useAuditEntry } from './api';
import { ChangesTable } from './ChangesTable';
import { SealedTag } from './SealedTag';
import { useAuditLabels } from './vocabulary';

const mono = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  wordBreak: 'break-all',
} as const;

/** One entry in full, with its before/after diff. */
export function AuditDetailDrawer({ entry, onClose }: { entry: AuditEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useAuditEntry(entry);
  const units = useUnits();
  const labels = useAuditLabels();
  const current = detail.data ?? entry;
  const actorUnit =
    current.actorUnitName ??
    units.data?.find((unit) => unit.id === current.actorUnitId)?.name ??
    current.actorUnitId;
  const title = t('audit.detailTitle', { seq: current.seq });

  return (
    <Drawer open size={680} title={title} onClose={onClose}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the body scrolls and holds only text; keyboard users need a tab stop to scroll it (WCAG 2.1.1) */}
      <section aria-label={title} tabIndex={0}>
        {detail.isError ? (
          <Alert type="error" showIcon title={parseApiError(detail.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'seq', label: t('audit.seq'), children: current.seq },
            {
              key: 'time',
              label: t('audit.time'),
              children: formatDateTime(current.occurredAt, { seconds: true }),
            },
            { key: 'actor', label: t('audit.actor'), children: current.actorName ?? t('audit.system') },
            { key: 'actorUnit', label: t('audit.actorUnit'), children: actorUnit ?? '—' },
            {
              key: 'action',
              label: t('audit.action'),
              children: (
                <>
                  {labels.action(current.action)} <span style={mono}>({current.action})</span>
                </>
              ),
            },
            {
              key: 'entityType',
              label: t('audit.entityType'),
              children: labels.entityType(current.entityType),
            },
            {
              key: 'entity',
              label: t('audit.entity'),
              children: <span style={mono}>{current.entityId ?? '—'}</span>,
            },
            { key: 'ip', label: t('audit.ip'), children: current.ip ?? '—' },
            { key: 'userAgent', label: t('audit.userAgent'), children: current.userAgent ?? '—' },
            { key: 'sealed', label: t('audit.sealed'), children: <SealedTag sealed={current.sealed} /> },
            {
              key: 'hash',
              label: t('audit.hash'),
              children: <span style={mono}>{current.hash ?? '—'}</span>,
            },
          ]}
        />
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
          {t('audit.changes')}
        </Typography.Title>
        <ChangesTable changes={current.changes} />
      </section>
    </Drawer>
  );
}
