import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useUnits } from '../domains/units/api';
import { buildUnitTree, type UnitNode } from '../domains/units/tree';

interface Option {
  value: string;
  title: string;
  disabled?: boolean;
  children: Option[];
}

function toOptions(nodes: UnitNode[], disabledIds?: ReadonlySet<string>): Option[] {
  return nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: unit.name,
    disabled: disabledIds?.has(unit.id),
    children: toOptions(children, disabledIds),
  }));
}

export type UnitTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData'> & {
  /** units that cannot be picked (e.g. a unit and its sub-units when moving it) */
  disabledIds?: ReadonlySet<string>;
  /** an extra first option, e.g. 无（顶级单位） */
  extraOption?: { value: string; title: string };
};

/** Pick a unit from the organization tree; Form.Item's id/value/onChange pass straight through. */
export function UnitTreeSelect({ disabledIds, extraOption, ...props }: UnitTreeSelectProps) {
  const units = useUnits();
  const treeData = useMemo(() => {
    const options = toOptions(buildUnitTree(units.data ?? []), disabledIds);
    return extraOption ? [{ ...extraOption, children: [] }, ...options] : options;
  }, [units.data, disabledIds, extraOption]);
  return (
    <TreeSelect
      treeData={treeData}
      loading={units.isLoading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
