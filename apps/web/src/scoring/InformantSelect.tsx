import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useState } from 'react';
import { Role } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { usersApi } from '../users/users-api';

/** Picks one informant of the committee, searching by name as one types. */
export function InformantSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const [q, setQ] = useState('');
  const informants = useLoad(() => usersApi.list({ role: Role.Informant, q: q || undefined }, 1, 50), [q]);
  return (
    <Select<string>
      placeholder="输入姓名搜索信息员"
      {...props}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={informants.loading}
      options={(informants.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.name}（${user.organisation.name}）` }))}
    />
  );
}
