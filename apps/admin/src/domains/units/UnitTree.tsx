import type { Unit } from '@houqin/contracts';
import { Empty, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUnitTree, type UnitNode } from './tree';

function toTreeData(nodes: UnitNode[]): TreeDataNode[] {
  return nodes.map(({ unit, children }) => ({
    key: unit.id,
    title: (
      <span>
        {unit.name} <Typography.Text type="secondary">{unit.code}</Typography.Text>
      </span>
    ),
    children: toTreeData(children),
  }));
}

interface Props {
  units: readonly Unit[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The organization as a tree; selecting a unit shows it beside (clicking it again keeps it selected). */
export function UnitTree({ units, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const treeData = useMemo(() => toTreeData(buildUnitTree(units)), [units]);
  if (units.length === 0) return <Empty description={t('units.empty')} />;
  return (
    <Tree
      aria-label={t('units.treeTitle')}
      treeData={treeData}
      defaultExpandAll
      blockNode
      showLine
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_keys, info) => onSelect(String(info.node.key))}
    />
  );
}
