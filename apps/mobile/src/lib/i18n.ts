import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  isLanguage,
  type Language,
  type LanguagePreference,
  resolveLanguage,
  storedPreference,
  storePreference,
} from './language';
import { en } from './locales/en';
import { type Messages, zhCN } from './locales/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

function syncDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

i18n.on('languageChanged', syncDocument);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: resolveLanguage(storedPreference()),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

/** The language the UI is showing now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/** Remember the user's choice on this device and show the UI in it. */
export function applyLanguagePreference(preference: LanguagePreference): void {
  storePreference(preference);
  const language = resolveLanguage(preference);
  if (language !== i18n.language) void i18n.changeLanguage(language);
}

export { i18n };
