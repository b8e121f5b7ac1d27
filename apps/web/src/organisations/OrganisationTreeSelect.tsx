import { TreeSelect } from 'antd';
import type { TreeSelectProps } from 'antd';
import type { ReactNode } from 'react';
import { mapTree } from './tree';
import type { OrganisationNode } from './tree';

interface TreeOption {
  value: string;
  title: ReactNode;
  children: TreeOption[];
}

interface OrganisationTreeSelectProps extends Omit<TreeSelectProps<string>, 'treeData'> {
  tree: OrganisationNode[];
}

/** Picks one organisation from the tree (for forms and filters). */
export function OrganisationTreeSelect({ tree, ...props }: OrganisationTreeSelectProps) {
  const treeData = mapTree<TreeOption>(tree, (organisation, children) => ({
    value: organisation.id,
    title: organisation.name,
    children,
  }));
  return (
    <TreeSelect<string>
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder="选择单位"
      {...props}
      treeData={treeData}
    />
  );
}
