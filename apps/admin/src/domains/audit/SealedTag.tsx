import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';

export function SealedTag({ sealed }: { sealed: boolean }) {
  const { t } = useTranslation();
  return sealed ? (
    <StatusTag tone="success">{t('audit.sealedYes')}</StatusTag>
  ) : (
    <StatusTag tone="warning">{t('audit.sealedNo')}</StatusTag>
  );
}
