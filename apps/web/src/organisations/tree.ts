import type { Organisation, OrganisationKind } from '../api/types';

export interface OrganisationNode {
  organisation: Organisation;
  children: OrganisationNode[];
}

const KIND_ORDER: OrganisationKind[] = ['national', 'provincial', 'city', 'county', 'unit'];

/** Committees before reporting units, then by name. */
function compareOrganisations(a: Organisation, b: Organisation): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh-CN');
}

/** Builds the tree from the flat list; an organisation whose parent is not visible is a root. */
export function buildOrganisationTree(organisations: Organisation[]): OrganisationNode[] {
  const sorted = [...organisations].sort(compareOrganisations);
  const nodes = new Map(sorted.map((organisation) => [organisation.id, { organisation, children: [] as OrganisationNode[] }]));
  const roots: OrganisationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function mapTree<R>(nodes: OrganisationNode[], map: (organisation: Organisation, children: R[]) => R): R[] {
  return nodes.map((node) => map(node.organisation, mapTree(node.children, map)));
}

const NEXT_KIND: Record<OrganisationKind, OrganisationKind> = {
  national: 'provincial',
  provincial: 'city',
  city: 'county',
  county: 'unit',
  unit: 'unit',
};

/** The usual kind of a new child: one level down the committee tree, units under a county. */
export function defaultChildKind(parentKind: OrganisationKind): OrganisationKind {
  return NEXT_KIND[parentKind];
}
