import type { Room, RoomPage } from '@houqin/contracts';
import { Button, Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/PagedTable';
import { StatusTag } from '../../components/StatusTag';

interface Props {
  data: RoomPage | undefined;
  loading: boolean;
  canEdit: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (room: Room) => void;
  onDelete: (room: Room) => void;
}

export function RoomTable({ data, loading, canEdit, onPageChange, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const area = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const columns: TableColumnsType<Room> = [
    { key: 'building', title: t('spaces.building'), dataIndex: 'buildingName' },
    { key: 'floor', title: t('spaces.floor'), dataIndex: 'floorName' },
    { key: 'number', title: t('spaces.number'), dataIndex: 'number' },
    { key: 'name', title: t('spaces.roomName'), dataIndex: 'name' },
    {
      key: 'area',
      title: t('spaces.areaColumn'),
      align: 'right',
      render: (_, room) => area.format(room.areaM2),
    },
    { key: 'use', title: t('spaces.use'), render: (_, room) => t(`spaces.uses.${room.use}`) },
    {
      key: 'active',
      title: t('spaces.status'),
      render: (_, room) =>
        room.active ? (
          <StatusTag tone="success">{t('spaces.inUse')}</StatusTag>
        ) : (
          <StatusTag tone="neutral">{t('spaces.notInUse')}</StatusTag>
        ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, room) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(room)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" danger onClick={() => onDelete(room)}>
            {t('common.delete')}
          </Button>
        </Space>
      ),
    });
  }
  return (
    <PagedTable<Room>
      rowKey="id"
      columns={columns}
      data={data}
      loading={loading}
      // few columns: let them wrap rather than hide the status under a scrolled edge
      scroll={undefined}
      onPageChange={onPageChange}
    />
  );
}
