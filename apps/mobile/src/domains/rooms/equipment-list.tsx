import type { Equipment } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { EquipmentIcon } from './equipment-icon';

/** A room's equipment: an icon and the word for each. */
export function EquipmentList({ equipment }: { equipment: readonly Equipment[] }) {
  const { t } = useTranslation();
  if (equipment.length === 0) return null;
  return (
    <ul className="equipment-list" aria-label={t('roomsEquipment.label')}>
      {equipment.map((kind) => (
        <li key={kind}>
          <EquipmentIcon kind={kind} />
          {t(`roomsEquipment.${kind}`)}
        </li>
      ))}
    </ul>
  );
}
