import type { Unit } from '@houqin/contracts';
import { Button, Descriptions, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeleteUnitButton } from './DeleteUnitButton';
import type { UnitDialog } from './dialog';

interface Props {
  unit: Unit | undefined;
  parent: Unit | undefined;
  canEdit: boolean;
  onOpen: (dialog: UnitDialog) => void;
  onDeleted: () => void;
}

export function UnitDetail({ unit, parent, canEdit, onOpen, onDeleted }: Props) {
  const { t } = useTranslation();
  if (!unit) return <Empty description={t('units.noSelection')} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'name', label: t('units.name'), children: unit.name },
          { key: 'code', label: t('units.code'), children: unit.code },
          { key: 'parent', label: t('units.parent'), children: parent?.name ?? t('units.topLevel') },
          { key: 'sortOrder', label: t('units.sortOrder'), children: unit.sortOrder },
          { key: 'userCount', label: t('units.userCount'), children: unit.userCount },
        ]}
      />
      {canEdit ? (
        <Space wrap>
          <Button type="primary" onClick={() => onOpen({ kind: 'create', parent: unit })}>
            {t('units.createChild')}
          </Button>
          <Button onClick={() => onOpen({ kind: 'rename', unit })}>{t('units.rename')}</Button>
          <Button onClick={() => onOpen({ kind: 'code', unit })}>{t('units.changeCode')}</Button>
          <Button onClick={() => onOpen({ kind: 'move', unit })}>{t('units.move')}</Button>
          <DeleteUnitButton unit={unit} onDeleted={onDeleted} />
        </Space>
      ) : null}
    </Space>
  );
}
