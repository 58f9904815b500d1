import { Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props<T> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'locale'> & {
  /** the whole list, as the server sends it (not paged there: see PagedTable for that) */
  rows: T[] | undefined;
  /** what an empty list says, e.g. 没有待审批的预订 */
  empty: string;
};

/** A table over a whole list, paged here: 20 rows a page, 共 N 条, no page bar when one page holds it all. */
export function ListTable<T extends object>({ rows, empty, ...props }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Table<T>
      scroll={{ x: 'max-content' }}
      {...props}
      dataSource={rows ?? []}
      pagination={{
        pageSize: 20,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      locale={{ emptyText: <Typography.Text type="secondary">{empty}</Typography.Text> }}
    />
  );
}
