import type { User } from '@houqin/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Select, type SelectProps, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../lib/http';
import type { Page } from '../lib/page';
import { useDebounced } from '../lib/use-debounced';

/** Pick a user by typing part of a name, username, mobile or employee ID (GET /api/admin/users?q=). */
export function UserSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const users = useQuery({
    queryKey: ['user-options', q],
    queryFn: ({ signal }) =>
      http.get<Page<User>>('/api/admin/users', { q: q || undefined, page: 1, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const toOption = (user: User) => ({
    value: user.id,
    label: t('audit.actorOption', { name: user.displayName, username: user.username }),
  });
  const options = (users.data?.items ?? []).map(toOption);
  // Once picked, the search is cleared and the user may not be in the list any more: keep showing
  // their name (from an earlier search) rather than the bare id.
  const picked = props.value;
  if (picked && !options.some((option) => option.value === picked)) {
    const known = queryClient
      .getQueriesData<Page<User>>({ queryKey: ['user-options'] })
      .flatMap(([, page]) => page?.items ?? [])
      .find((user) => user.id === picked);
    if (known) options.unshift(toOption(known));
  }
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      notFoundContent={users.isFetching ? <Spin size="small" /> : undefined}
      {...props}
    />
  );
}
