import type { ImportReport } from '@houqin/contracts';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { importRowErrors } from './import-errors';

/** Success (imported N), the row-by-row errors of a rejected file, or any other failure. */
export function ImportResult({ report, error }: { report: ImportReport | undefined; error: unknown }) {
  const { t } = useTranslation();
  if (report) {
    return <Alert type="success" showIcon title={t('users.imported', { count: report.imported })} />;
  }
  if (!error) return null;
  const rows = importRowErrors(error);
  if (!rows) return <Alert type="error" showIcon title={parseApiError(error)} />;
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('users.importInvalid', { count: rows.length })}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        columns={[
          { key: 'row', title: t('users.importRow'), dataIndex: 'row', width: 80 },
          { key: 'field', title: t('users.importField'), dataIndex: 'field', width: 140 },
          { key: 'message', title: t('users.importMessage'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
