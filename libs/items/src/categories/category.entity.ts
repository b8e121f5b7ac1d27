import { CategoryView } from '@sqmy/contract';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A subject category (经济, 民生, 社会治理…). Data, not code: the list lives in this table. */
@Entity('category')
export class Category implements CategoryView {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
