import type { AuditVerifyResult } from '@houqin/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { localizeVerifyReason } from './verify-reason';

interface Props {
  result: AuditVerifyResult | undefined;
  error: unknown;
  onClose: () => void;
}

/** The outcome of 校验链: intact, or the first bad entry. */
export function VerifyResult({ result, error, onClose }: Props) {
  const { t } = useTranslation();
  const closable = { onClose };
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        closable={closable}
        title={parseApiError(error)}
        style={{ marginBottom: 16 }}
      />
    );
  }
  if (!result) return null;
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        closable={closable}
        title={t('audit.verifyOkTitle')}
        description={t('audit.verifyOk', { checked: result.checked, unsealed: result.unsealed })}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const bad = result.firstBad;
  return (
    <Alert
      type="error"
      showIcon
      closable={closable}
      title={t('audit.verifyBadTitle')}
      description={
        bad
          ? t('audit.verifyBad', {
              seq: bad.seq,
              chainIndex: bad.chainIndex ?? '—',
              reason: localizeVerifyReason(bad.reason),
            })
          : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
