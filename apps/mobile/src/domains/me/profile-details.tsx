import { useTranslation } from 'react-i18next';
import { formatRoles } from '../../lib/roles';
import { ErrorState } from '../../ui/error-state';
import { SkeletonList } from '../../ui/skeleton-list';
import { useProfile } from './use-profile';

/** 个人信息: what the server knows about the user, mobile masked. */
export function ProfileDetails() {
  const { t } = useTranslation();
  const profile = useProfile();

  if (profile.isPending) return <SkeletonList rows={5} />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;

  const { data } = profile;
  const rows: [string, string][] = [
    [t('me.username'), data.username],
    [t('me.employeeCode'), data.employeeCode ?? t('me.notSet')],
    [t('me.mobile'), data.mobileMasked ?? t('me.notSet')],
    [t('me.unit'), data.unitName],
    [t('me.roles'), formatRoles(data.roles)],
  ];
  return (
    <dl className="detail-list">
      {rows.map(([term, value]) => (
        <div key={term} className="detail-list-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
