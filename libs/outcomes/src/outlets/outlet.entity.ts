import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AdoptionLevel } from '@sqmy/contract';

/**
 * A place items are reported to and adopted by (报送渠道): 省政协《社情民意》, 全国政协《政协信息》, 市委办公室…
 * Deployment-wide data an admin maintains; never deleted, since records name it.
 */
@Entity('outlet')
export class Outlet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text' })
  level: AdoptionLevel;

  /** Order within the level; a ledger import uses the first active outlet of a level. */
  @Column({ type: 'int', default: 1 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
