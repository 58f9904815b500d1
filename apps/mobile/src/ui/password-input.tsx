import { Input } from 'antd-mobile';
import { EyeInvisibleOutline, EyeOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PasswordInputProps {
  id: string;
  name: string;
  autoComplete: 'current-password' | 'new-password';
  placeholder?: string;
  maxLength?: number;
  /** set by Form.Item */
  value?: string;
  onChange?: (value: string) => void;
}

/** A password field with a button to show what was typed. */
export function PasswordInput({
  id,
  name,
  autoComplete,
  placeholder,
  maxLength = 256,
  value,
  onChange,
}: PasswordInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-input">
      <Input
        id={id}
        name={name}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        placeholder={placeholder}
        maxLength={maxLength}
        value={value}
        onChange={onChange}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={t('auth.showPassword')}
        aria-pressed={visible}
        aria-controls={id}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? <EyeOutline aria-hidden="true" /> : <EyeInvisibleOutline aria-hidden="true" />}
      </button>
    </div>
  );
}
