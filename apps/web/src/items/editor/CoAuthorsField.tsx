import { Form, Select } from 'antd';
import { useMemo } from 'react';
import { AuthorView, Role } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { usersApi } from '../../users/users-api';
import { AuthorNames } from '../AuthorNames';

interface CoAuthorsFieldProps {
  /** Unit liaisons pick co-authors among the informants they manage; informants cannot list users. */
  canPick: boolean;
  authors: AuthorView[];
  leadId: string;
}

function CoAuthorPicker({ authors, leadId }: Omit<CoAuthorsFieldProps, 'canPick'>) {
  const { data, loading } = useLoad(() => usersApi.list({ role: Role.Informant }, 1, 100), []);
  const options = useMemo(() => {
    const listed = (data?.items ?? [])
      .filter((user) => user.id !== leadId && user.active)
      .map((user) => ({ value: user.id, label: `${user.name}（${user.organisation.name}）` }));
    const current = authors
      .filter((author) => !author.lead && !listed.some((option) => option.value === author.id))
      .map((author) => ({ value: author.id, label: author.name }));
    return [...current, ...listed];
  }, [data, authors, leadId]);
  return (
    <Form.Item name="coAuthorIds" label="联名作者" extra="可从本单位信息员中选择，最多 10 人">
      <Select
        mode="multiple"
        allowClear
        loading={loading}
        placeholder="搜索姓名"
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        maxCount={10}
        data-testid="item-co-authors"
      />
    </Form.Item>
  );
}

/** 联名作者: a picker for those who may pick, otherwise what the server lists and whom to ask. */
export function CoAuthorsField({ canPick, authors, leadId }: CoAuthorsFieldProps) {
  if (canPick) return <CoAuthorPicker authors={authors} leadId={leadId} />;
  const coAuthors = authors.filter((author) => !author.lead);
  return (
    <Form.Item label="联名作者" extra="联名作者请联系单位联络员添加">
      {coAuthors.length ? <AuthorNames authors={coAuthors} /> : <span className="muted">无</span>}
    </Form.Item>
  );
}
