import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OrganisationKind } from '@sqmy/contract';

/**
 * A node of the tree 全国政协 → 省政协 → 市政协 → 县(市、区)政协, or a reporting unit (报送单位)
 * under a committee. `path` (ids from the root, `/a/b/c/`) makes subtree checks one prefix match.
 */
@Entity('organisation')
@Unique('organisation_parent_name_key', ['parentId', 'name'])
@Unique('organisation_path_key', ['path'])
@Index('organisation_path_prefix_idx', { synchronize: false }) // (path text_pattern_ops), for subtree LIKE 'prefix%'
export class Organisation {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organisation;

  @Column({ type: 'text' })
  path: string;

  /** The committee this node belongs to: itself for a committee, the committee above for a unit. */
  @Column({ type: 'uuid' })
  committeeId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A new node under `parent` (or a root): its path and committee follow from where it hangs. */
export function newOrganisation(name: string, kind: OrganisationKind, parent: Organisation | null): Organisation {
  const id = randomUUID();
  return Object.assign(new Organisation(), {
    id,
    name,
    kind,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    committeeId: kind === OrganisationKind.Unit && parent ? parent.committeeId : id,
  });
}
