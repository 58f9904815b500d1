import type { BookingService } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

/** The booking's 会务 tasks and where each stands, as the booker sees them. */
export function BookingServices({ services }: { services: readonly BookingService[] }) {
  const { t } = useTranslation();
  return (
    <ul className="service-status-list">
      {services.map((service) => (
        <li key={service.id} className="service-status">
          <span className="service-status-main">
            <span className="service-status-kind">{t(`roomsServiceKinds.${service.kind}`)}</span>
            {service.note && <span className="service-status-note">{service.note}</span>}
            <span className="service-status-due">
              {service.status === 'done' && service.doneAt
                ? t('roomsTasks.doneAt', { time: formatDateTime(service.doneAt) })
                : t('roomsTasks.due', { time: formatDateTime(service.dueAt) })}
            </span>
          </span>
          <span className={`room-tag room-tag-task-${service.status}`}>
            {t(`roomsTaskStatus.${service.status}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
