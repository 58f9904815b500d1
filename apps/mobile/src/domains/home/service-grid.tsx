import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceEntry } from './services';

/** The service icons, four to a row, each a link to the service. */
export function ServiceGrid({ entries }: { entries: readonly ServiceEntry[] }) {
  const { t } = useTranslation();
  return (
    <ul className="service-grid">
      {entries.map(({ key, titleKey, icon: Icon, path }) => (
        <li key={key}>
          <Link to={path} className="service-grid-item">
            <Icon className="service-grid-icon" aria-hidden="true" />
            <span>{t(titleKey)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
