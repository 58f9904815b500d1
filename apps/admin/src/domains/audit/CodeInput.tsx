import { AutoComplete, type AutoCompleteProps } from 'antd';
import { useMemo } from 'react';

interface Props extends Omit<AutoCompleteProps<string>, 'options' | 'showSearch'> {
  codes: readonly string[];
  labelOf: (code: string) => string;
}

/** Free text for a code (action, entity type) with the known codes offered by their localized names. */
export function CodeInput({ codes, labelOf, ...props }: Props) {
  const options = useMemo(
    () => codes.map((code) => ({ value: code, label: `${labelOf(code)} · ${code}` })),
    [codes, labelOf],
  );
  return (
    <AutoComplete
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          !!option && `${option.label} ${option.value}`.toLowerCase().includes(input.trim().toLowerCase()),
      }}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
