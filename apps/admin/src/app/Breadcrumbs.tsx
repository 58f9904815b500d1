import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { isRouteHandle } from './route-handle';

export function Breadcrumbs() {
  const { t } = useTranslation();
  const matches = useMatches();
  const handle = [...matches].reverse().find((match) => isRouteHandle(match.handle))?.handle;
  const crumbs = isRouteHandle(handle) ? handle.crumbs : [];
  const items = [
    { key: 'home', title: crumbs.length > 0 ? <Link to="/">{t('nav.home')}</Link> : t('nav.home') },
    ...crumbs.map((crumb) => ({ key: crumb, title: t(`nav.${crumb}`) })),
  ];
  return <Breadcrumb aria-label={t('nav.breadcrumb')} items={items} style={{ marginBottom: 12 }} />;
}
