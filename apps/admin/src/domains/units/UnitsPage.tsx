import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpin } from '../../app/PageSpin';
import { PageHeader } from '../../components/PageHeader';
import { parseApiError } from '../../lib/errors';
import { useCan } from '../auth/current-session';
import { useUnits } from './api';
import type { UnitDialog } from './dialog';
import { MoveUnitModal } from './MoveUnitModal';
import { UnitDetail } from './UnitDetail';
import { UnitFormModal } from './UnitFormModal';
import { UnitTree } from './UnitTree';

export function UnitsPage() {
  const { t } = useTranslation();
  const canEdit = useCan()('units.edit');
  const units = useUnits();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<UnitDialog | null>(null);

  const list = units.data ?? [];
  const selected = list.find((unit) => unit.id === selectedId);
  const parent = list.find((unit) => unit.id === selected?.parentId);
  const close = () => setDialog(null);
  const saved = (unit: { id: string }) => {
    setDialog(null);
    setSelectedId(unit.id);
  };

  return (
    <>
      <PageHeader
        title={t('units.title')}
        extra={
          canEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setDialog({ kind: 'create', parent: null })}
            >
              {t('units.createRoot')}
            </Button>
          ) : null
        }
      />
      {canEdit ? null : (
        <Alert type="info" showIcon title={t('units.readOnlyHint')} style={{ marginBottom: 16 }} />
      )}
      {units.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={parseApiError(units.error)}
        />
      ) : units.isPending ? (
        <PageSpin />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card title={t('units.treeTitle')}>
              <UnitTree units={list} selectedId={selectedId} onSelect={setSelectedId} />
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card title={t('units.detailTitle')}>
              <UnitDetail
                unit={selected}
                parent={parent}
                canEdit={canEdit}
                onOpen={setDialog}
                onDeleted={() => setSelectedId(null)}
              />
            </Card>
          </Col>
        </Row>
      )}
      {dialog?.kind === 'move' ? (
        <MoveUnitModal unit={dialog.unit} units={list} onClose={close} onSaved={saved} />
      ) : dialog ? (
        <UnitFormModal dialog={dialog} onClose={close} onSaved={saved} />
      ) : null}
    </>
  );
}
