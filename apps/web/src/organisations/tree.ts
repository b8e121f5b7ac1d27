import { OrganisationKind, OrganisationView, Wire } from '@sqmy/contract';

export interface OrganisationNode {
  organisation: Wire<OrganisationView>;
  children: OrganisationNode[];
}

const KIND_ORDER: OrganisationKind[] = [OrganisationKind.National, OrganisationKind.Provincial, OrganisationKind.City, OrganisationKind.County, OrganisationKind.Unit];

/** Committees before reporting units, then by name. */
function compareOrganisations(a: Wire<OrganisationView>, b: Wire<OrganisationView>): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh-CN');
}

/** Builds the tree from the flat list; an organisation whose parent is not visible is a root. */
export function buildOrganisationTree(organisations: Wire<OrganisationView>[]): OrganisationNode[] {
  const sorted = [...organisations].sort(compareOrganisations);
  const nodes = new Map(sorted.map((organisation) => [organisation.id, { organisation, children: [] as OrganisationNode[] }]));
  const roots: OrganisationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function mapTree<R>(nodes: OrganisationNode[], map: (organisation: Wire<OrganisationView>, children: R[]) => R): R[] {
  return nodes.map((node) => map(node.organisation, mapTree(node.children, map)));
}

const NEXT_KIND: Record<OrganisationKind, OrganisationKind> = {
  national: OrganisationKind.Provincial,
  provincial: OrganisationKind.City,
  city: OrganisationKind.County,
  county: OrganisationKind.Unit,
  unit: OrganisationKind.Unit,
};

/** The usual kind of a new child: one level down the committee tree, units under a county. */
export function defaultChildKind(parentKind: OrganisationKind): OrganisationKind {
  return NEXT_KIND[parentKind];
}
