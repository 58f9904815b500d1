import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { i18n } from '../../lib/i18n';
import type { LanguagePreference } from '../../lib/language';
import { showNotice } from '../../ui/notice';
import { RadioList, type RadioOption } from '../../ui/radio-list';
import { useSignedInSession } from '../auth/use-session';
import { useSaveLanguagePreference } from './use-language-preference';

type Choice = 'system' | 'zh-CN' | 'en';

const toChoice = (preference: LanguagePreference): Choice => preference ?? 'system';
const toPreference = (choice: Choice): LanguagePreference => (choice === 'system' ? null : choice);

/** 语言: 跟随系统 / 简体中文 / English, saved for the user and on this device. */
export function LanguagePicker() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const save = useSaveLanguagePreference();
  // the choice being saved, shown at once; back to the saved one if saving fails
  const [pending, setPending] = useState<Choice | null>(null);

  const options: RadioOption<Choice>[] = [
    { value: 'system', label: t('me.languageSystem') },
    { value: 'zh-CN', label: '简体中文', lang: 'zh-CN' },
    { value: 'en', label: 'English', lang: 'en' },
  ];

  const onChange = (choice: Choice) => {
    setPending(choice);
    save.mutate(toPreference(choice), {
      onSuccess: () => showNotice(i18n.t('me.languageSaved')),
      onError: (err) => showNotice(parseApiError(err)),
      onSettled: () => setPending(null),
    });
  };

  return (
    <RadioList
      name="locale"
      legend={<h2>{t('me.language')}</h2>}
      value={pending ?? toChoice(session.user.locale)}
      options={options}
      onChange={onChange}
    />
  );
}
