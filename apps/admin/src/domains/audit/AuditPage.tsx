import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@houqin/contracts';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { parseApiError } from '../../lib/errors';
import { useUrlFilters } from '../../lib/use-url-filters';
import { AuditDetailDrawer } from './AuditDetailDrawer';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { useAuditEntries, useVerifyChain } from './api';
import { exportFilters, parseAuditFilters } from './filters';
import { VerifyResult } from './VerifyResult';

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseAuditFilters);
  const entries = useAuditEntries(filters);
  const verify = useVerifyChain();
  const [open, setOpen] = useState<AuditEntry | null>(null);

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          <>
            <Button
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('audit.verify')}
            </Button>
            <ExportButton path="/api/audit/export.xlsx" filters={exportFilters(filters)} />
          </>
        }
      />
      <div aria-live="polite">
        <VerifyResult result={verify.data} error={verify.error} onClose={() => verify.reset()} />
      </div>
      <Card>
        <AuditFilterBar
          filters={filters}
          onSearch={(values) => setFilters({ ...values, page: 1, pageSize: filters.pageSize })}
        />
        {entries.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={parseApiError(entries.error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <AuditTable
          data={entries.data}
          loading={entries.isFetching}
          onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
          onOpen={setOpen}
        />
      </Card>
      {open ? <AuditDetailDrawer entry={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
