import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Building } from '@houqin/contracts';
import { App, Button, Descriptions, Empty, Space, Spin, Tree, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { useDeleteSpace } from './api';
import { findSpace, type SelectedSpace, toSpaceTree } from './tree';

interface Props {
  buildings: readonly Building[];
  loading: boolean;
  selectedKey: string | undefined;
  canEdit: boolean;
  onSelect: (key: string | undefined) => void;
  onEditBuilding: (building: Building) => void;
  onAddFloor: (building: Building) => void;
  onEditFloor: (selected: Extract<SelectedSpace, { kind: 'floor' }>) => void;
}

/** 楼宇与楼层: the tree narrows the rooms table; below it, what can be done with the chosen building or floor. */
export function SpaceTree({
  buildings,
  loading,
  selectedKey,
  canEdit,
  onSelect,
  onEditBuilding,
  onAddFloor,
  onEditFloor,
}: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useDeleteSpace();
  const treeData = useMemo(
    () => toSpaceTree(buildings, (count) => t('spaces.roomCount', { count })),
    [buildings, t],
  );
  const selected = findSpace(buildings, selectedKey);

  const confirmDelete = (kind: 'buildings' | 'floors', id: string, name: string) =>
    modal.confirm({
      title: t('spaces.deleteConfirm', { name }),
      content: t('spaces.deleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync({ kind, id }).then(
          () => {
            void message.success(t('spaces.deleted'));
            onSelect(undefined);
          },
          (error) => void message.error(parseApiError(error)),
        ),
    });

  if (loading) return <Spin />;
  if (buildings.length === 0) return <Empty description={t('spaces.noBuildings')} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Tree
        aria-label={t('spaces.tree')}
        treeData={treeData}
        defaultExpandAll
        blockNode
        selectedKeys={selectedKey ? [selectedKey] : []}
        onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
      />
      {selected?.kind === 'building' ? (
        <section aria-label={t('spaces.selectedBuilding')}>
          <Descriptions
            size="small"
            column={1}
            title={<Typography.Text strong>{selected.building.name}</Typography.Text>}
            items={[
              { key: 'code', label: t('spaces.buildingCode'), children: selected.building.code },
              { key: 'address', label: t('spaces.address'), children: selected.building.address ?? '—' },
            ]}
          />
          {canEdit ? (
            <Space wrap style={{ marginTop: 8 }}>
              <Button
                size="small"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => onAddFloor(selected.building)}
              >
                {t('spaces.newFloor')}
              </Button>
              <Button
                size="small"
                icon={<EditOutlined aria-hidden />}
                onClick={() => onEditBuilding(selected.building)}
              >
                {t('common.edit')}
              </Button>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => confirmDelete('buildings', selected.building.id, selected.building.name)}
              >
                {t('common.delete')}
              </Button>
            </Space>
          ) : null}
        </section>
      ) : null}
      {selected?.kind === 'floor' && canEdit ? (
        <section aria-label={t('spaces.selectedFloor')}>
          <Typography.Text strong>{`${selected.building.name} · ${selected.floor.name}`}</Typography.Text>
          <Space wrap style={{ marginTop: 8, display: 'flex' }}>
            <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => onEditFloor(selected)}>
              {t('common.edit')}
            </Button>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              onClick={() =>
                confirmDelete('floors', selected.floor.id, `${selected.building.name} ${selected.floor.name}`)
              }
            >
              {t('common.delete')}
            </Button>
          </Space>
        </section>
      ) : null}
    </Space>
  );
}
