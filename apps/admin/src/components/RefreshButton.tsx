import { ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface RefreshButtonProps {
  /** the list's query: spins while it fetches, fetched again on click */
  query: { isFetching: boolean; refetch: () => Promise<unknown> };
}

/** 刷新 in a page header, for lists that others change while the page is open. */
export function RefreshButton({ query }: RefreshButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<ReloadOutlined aria-hidden />}
      loading={query.isFetching}
      onClick={() => void query.refetch()}
    >
      {t('common.refresh')}
    </Button>
  );
}
