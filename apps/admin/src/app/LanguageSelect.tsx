import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages } from '../lib/i18n';
import { useChangeLanguage } from './use-change-language';

/** 简体中文 / English; the choice is remembered in this browser and, when signed in, on the account. */
export function LanguageSelect() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <Select
      aria-label={t('header.language')}
      value={currentLanguage()}
      options={languages.map((language) => ({ value: language.value, label: language.label }))}
      onChange={changeLanguage}
      prefix={<GlobalOutlined aria-hidden />}
      variant="borderless"
      popupMatchSelectWidth={false}
      style={{ minWidth: 128 }}
    />
  );
}
