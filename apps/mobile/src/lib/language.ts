/** The UI languages and how the app picks one: the user's choice, else the browser's. */
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** What the user chose; null means follow the system (browser) language. */
export type LanguagePreference = Language | null;

const STORAGE_KEY = 'houqin.locale';

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** The first zh* or en* entry of navigator.languages wins; anything else falls back to Chinese. */
export function browserLanguage(): Language {
  const list = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of list) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function storedPreference(): LanguagePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storePreference(preference: LanguagePreference): void {
  try {
    if (preference) localStorage.setItem(STORAGE_KEY, preference);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage can be unavailable in some web views; the choice then lasts for this page only
  }
}

export function resolveLanguage(preference: LanguagePreference): Language {
  return preference ?? browserLanguage();
}
