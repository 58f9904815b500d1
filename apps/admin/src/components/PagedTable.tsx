import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Page, pageSizeOptions } from '../lib/page';

type Props<T> = Omit<TableProps<T>, 'dataSource' | 'pagination'> & {
  data: Page<T> | undefined;
  onPageChange: (page: number, pageSize: number) => void;
};

/** A table over one page of a server-paged list (`Page<T>`), with 共 N 条 and the page-size changer. */
export function PagedTable<T extends object>({ data, onPageChange, ...props }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Table<T>
      scroll={{ x: 'max-content' }}
      {...props}
      dataSource={data?.items ?? []}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
