import { useTranslation } from 'react-i18next';
import { FileImportModal } from '../../components/FileImportModal';
import { useImportUsers } from './api';

/** 导入用户 from the .xlsx/.csv template; the whole file or nothing. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importUsers = useImportUsers();
  return (
    <FileImportModal
      texts="users"
      templateUrl="/api/admin/users/import-template.xlsx"
      accept=".xlsx,.csv"
      width={720}
      upload={importUsers}
      imported={importUsers.data ? t('users.imported', { count: importUsers.data.imported }) : null}
      invalidCode="IMPORT_INVALID"
      onClose={onClose}
    />
  );
}
