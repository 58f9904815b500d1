import type { Canteen } from '@houqin/contracts';
import { Select, type SelectProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanteens } from './api';

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  onChange: (canteenId: string | undefined) => void;
  /** pick the first canteen when none is chosen (pages that need one) */
  required?: boolean;
  /** only canteens in service (menus and open days exist for those only) */
  activeOnly?: boolean;
};

const label = (canteen: Canteen, inactive: string) =>
  canteen.active ? canteen.name : `${canteen.name}（${inactive}）`;

/** Pick a canteen; with `required`, the first one is chosen when the address bar names none. */
export function CanteenSelect({ value, onChange, required, activeOnly, ...props }: Props) {
  const { t } = useTranslation();
  const canteens = useCanteens();
  const items = (canteens.data?.items ?? []).filter((canteen) => !activeOnly || canteen.active);
  const first = items[0]?.id;
  useEffect(() => {
    if (required && !value && first) onChange(first);
  }, [required, value, first, onChange]);
  return (
    <Select
      loading={canteens.isLoading}
      value={value}
      onChange={onChange}
      allowClear={!required}
      placeholder={required ? undefined : t('canteens.allCanteens')}
      options={items.map((canteen) => ({
        value: canteen.id,
        label: label(canteen, t('canteens.inactive')),
      }))}
      style={{ width: 220 }}
      {...props}
    />
  );
}
