import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type Building, type Floor, type Room, roomUses } from '@houqin/contracts';
import { App, Button, Card, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { FilterButtons } from '../../components/FilterButtons';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { parseApiError } from '../../lib/errors';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useCan } from '../auth/current-session';
import { useBuildings, useDeleteSpace, useRooms } from './api';
import { BuildingFormModal } from './BuildingFormModal';
import { FloorFormModal } from './FloorFormModal';
import {
  exportFilters,
  filtersForNode,
  parseRoomFilters,
  type RoomFilters,
  selectedNodeKey,
} from './filters';
import { ImportModal } from './ImportModal';
import { RoomFormDrawer } from './RoomFormDrawer';
import { RoomTable } from './RoomTable';
import { SpaceTree } from './SpaceTree';

type Dialog =
  | { kind: 'building'; building?: Building }
  | { kind: 'floor'; building: Building; floor?: Floor }
  | { kind: 'room'; room?: Room }
  | { kind: 'import' };

type SearchValues = Pick<RoomFilters, 'q' | 'use'>;

/** 空间管理: buildings → floors on the left, their rooms on the right; edit, import and export. */
export function SpacesPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const can = useCan();
  const canEditBuildings = can('spaces.editBuildings');
  const canEditRooms = can('spaces.editRooms');
  const [filters, setFilters] = useUrlFilters(parseRoomFilters);
  const buildings = useBuildings();
  const rooms = useRooms(filters);
  const remove = useDeleteSpace();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm<SearchValues>();
  const close = () => setDialog(null);
  const buildingList = buildings.data?.items ?? [];

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ q: filters.q, use: filters.use });
  }, [form, filters.q, filters.use]);

  const selectNode = (key: string | undefined) => {
    const floorId = key?.startsWith('floor:') ? key.slice('floor:'.length) : undefined;
    const building = buildingList.find((b) => b.floors.some((f) => f.id === floorId));
    setFilters(filtersForNode(filters, key, building?.id));
  };

  const confirmDeleteRoom = (room: Room) =>
    modal.confirm({
      title: t('spaces.deleteConfirm', { name: `${room.number} ${room.name}` }),
      content: t('spaces.deleteRoomHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync({ kind: 'rooms', id: room.id }).then(
          () => void message.success(t('spaces.deleted')),
          (error) => void message.error(parseApiError(error)),
        ),
    });

  return (
    <>
      <PageHeader
        title={t('spaces.title')}
        extra={
          <>
            {canEditBuildings ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setDialog({ kind: 'building' })}
              >
                {t('spaces.newBuilding')}
              </Button>
            ) : null}
            {canEditBuildings ? (
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog({ kind: 'import' })}>
                {t('common.import')}
              </Button>
            ) : null}
            <ExportButton path="/api/admin/spaces/rooms/export.xlsx" filters={exportFilters(filters)} />
          </>
        }
      />
      <Flex gap={16} align="flex-start">
        <Card title={t('spaces.tree')} style={{ width: 300, flexShrink: 0 }}>
          <LoadError error={buildings.error} />
          <SpaceTree
            buildings={buildingList}
            loading={buildings.isLoading}
            selectedKey={selectedNodeKey(filters)}
            canEdit={canEditBuildings}
            onSelect={selectNode}
            onEditBuilding={(building) => setDialog({ kind: 'building', building })}
            onAddFloor={(building) => setDialog({ kind: 'floor', building })}
            onEditFloor={({ building, floor }) => setDialog({ kind: 'floor', building, floor })}
          />
        </Card>
        <Card
          title={t('spaces.rooms')}
          style={{ flex: 1, minWidth: 0 }}
          extra={
            canEditRooms ? (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'room' })}>
                {t('spaces.newRoom')}
              </Button>
            ) : null
          }
        >
          <Form<SearchValues>
            form={form}
            name="room-filters"
            layout="inline"
            aria-label={t('common.filters')}
            onFinish={(values) =>
              setFilters({ ...filters, q: values.q?.trim() || undefined, use: values.use, page: 1 })
            }
            style={{ rowGap: 12, marginBottom: 16 }}
          >
            <Form.Item name="q" label={t('spaces.keyword')}>
              <Input
                allowClear
                placeholder={t('spaces.keywordPlaceholder')}
                maxLength={100}
                style={{ width: 200 }}
              />
            </Form.Item>
            <Form.Item name="use" label={t('spaces.use')}>
              <Select
                allowClear
                placeholder={t('spaces.anyUse')}
                options={roomUses.map((use) => ({ value: use, label: t(`spaces.uses.${use}`) }))}
                style={{ width: 120 }}
              />
            </Form.Item>
            <FilterButtons onReset={() => setFilters({ page: 1, pageSize: filters.pageSize })} />
          </Form>
          <LoadError error={rooms.error} />
          <RoomTable
            data={rooms.data}
            loading={rooms.isFetching}
            canEdit={canEditRooms}
            onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
            onEdit={(room) => setDialog({ kind: 'room', room })}
            onDelete={confirmDeleteRoom}
          />
        </Card>
      </Flex>
      {dialog?.kind === 'building' ? <BuildingFormModal building={dialog.building} onClose={close} /> : null}
      {dialog?.kind === 'floor' ? (
        <FloorFormModal building={dialog.building} floor={dialog.floor} onClose={close} />
      ) : null}
      {dialog?.kind === 'room' ? (
        <RoomFormDrawer
          room={dialog.room}
          buildings={buildingList}
          floorId={filters.floorId}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'import' ? <ImportModal onClose={close} /> : null}
    </>
  );
}
