import type { PersonSummaryList } from '@houqin/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, type SelectProps, Spin } from 'antd';
import { useState } from 'react';
import { http } from '../lib/http';
import { useDebounced } from '../lib/use-debounced';

/**
 * Pick colleagues by name from the people directory (GET /api/people), which every signed-in user
 * may search — unlike UserSelect's /api/admin/users, which room administrators cannot read.
 * Values are `{value, label}` (labelInValue), so people picked earlier keep their names.
 */
export function PersonSelect(props: Omit<SelectProps, 'options' | 'showSearch' | 'labelInValue'>) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const people = useQuery({
    queryKey: ['people', q],
    queryFn: ({ signal }) => http.get<PersonSummaryList>('/api/people', { q: q || undefined }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = (people.data?.items ?? []).map((person) => ({
    value: person.id,
    label: `${person.displayName}（${person.unitName}）`,
  }));
  return (
    <Select
      labelInValue
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      notFoundContent={people.isFetching ? <Spin size="small" /> : undefined}
      {...props}
    />
  );
}
