import { useTranslation } from 'react-i18next';
import { FileImportModal } from '../../components/FileImportModal';
import { useImportSpaces } from './api';

/** 导入 buildings, floors and rooms from the .xlsx template; the whole file or nothing. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importSpaces = useImportSpaces();
  return (
    <FileImportModal
      texts="spaces"
      templateUrl="/api/admin/spaces/import-template.xlsx"
      accept=".xlsx"
      width={760}
      upload={importSpaces}
      imported={importSpaces.data ? t('spaces.imported', importSpaces.data) : null}
      invalidCode="SPACES_IMPORT_INVALID"
      onClose={onClose}
    />
  );
}
