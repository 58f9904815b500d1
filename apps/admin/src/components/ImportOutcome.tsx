import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../lib/errors';
import { type ImportInvalidCode, importRowErrors } from '../lib/import-row-errors';

interface ImportOutcomeProps {
  /** the success line once the file went in; null until then */
  imported: string | null;
  error: unknown;
  /** the code under which the server refuses the file with the rows to fix */
  invalidCode: ImportInvalidCode;
  /** whose texts head the report: `<texts>.importInvalid`, `.importRow`, `.importField`, `.importMessage` */
  texts: 'users' | 'spaces';
}

/** What an upload came to: imported, the row-by-row errors of a refused file, or any other failure. */
export function ImportOutcome({ imported, error, invalidCode, texts }: ImportOutcomeProps) {
  const { t } = useTranslation();
  if (imported !== null) return <Alert type="success" showIcon title={imported} />;
  if (!error) return null;
  const rows = importRowErrors(error, invalidCode);
  if (!rows) return <Alert type="error" showIcon title={parseApiError(error)} />;
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t(`${texts}.importInvalid`, { count: rows.length })}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        columns={[
          { key: 'row', title: t(`${texts}.importRow`), dataIndex: 'row', width: 80 },
          { key: 'field', title: t(`${texts}.importField`), dataIndex: 'field', width: 140 },
          { key: 'message', title: t(`${texts}.importMessage`), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
