import { Form, Input, Select } from 'antd';
import { ORGANISATION_KIND_LABELS, OrganisationKind, OrganisationView } from '@sqmy/contract';
import type { Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { optionsOf } from '../options';
import { organisationsApi } from './organisations-api';
import { defaultChildKind } from './tree';

interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind;
}

interface OrganisationFormModalProps {
  /** `child`: create an organisation under `organisation`; `rename`: rename `organisation`. */
  mode: 'child' | 'rename';
  organisation: Wire<OrganisationView>;
  onSaved(organisation: Wire<OrganisationView>): void;
  onClose(): void;
}

export function OrganisationFormModal({ mode, organisation, onSaved, onClose }: OrganisationFormModalProps) {
  const creating = mode === 'child';
  const submit = async ({ name, kind }: OrganisationFormValues) =>
    onSaved(
      creating
        ? await organisationsApi.create({ name: name.trim(), kind, parentId: organisation.id })
        : await organisationsApi.rename(organisation.id, name.trim()),
    );
  return (
    <FormModal<OrganisationFormValues>
      title={creating ? `在「${organisation.name}」下新增机构` : `重命名「${organisation.name}」`}
      testIdPrefix="organisation"
      initialValues={creating ? { kind: defaultChildKind(organisation.kind) } : { name: organisation.name }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label="机构名称" rules={[{ required: true, whitespace: true, message: '请输入机构名称' }, { max: 100, message: '名称不超过 100 个字' }]}>
        <Input data-testid="organisation-name" />
      </Form.Item>
      {creating && (
        <Form.Item name="kind" label="机构类型" rules={[{ required: true, message: '请选择机构类型' }]}>
          <Select options={optionsOf(ORGANISATION_KIND_LABELS)} data-testid="organisation-kind" />
        </Form.Item>
      )}
    </FormModal>
  );
}
