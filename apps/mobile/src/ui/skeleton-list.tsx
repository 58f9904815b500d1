import { Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';

/** Placeholder rows while a list loads. */
export function SkeletonList({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton-list" role="status">
      <span className="visually-hidden">{t('app.loading')}</span>
      <Skeleton.Paragraph lineCount={rows} animated />
    </div>
  );
}
