import { User } from '@sqmy/accounts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An in-app notification (站内通知). `sourceKey` names the job that made it, so running the
 * job twice never delivers twice.
 */
@Entity('notification')
@Unique('notification_source_user_key', ['sourceKey', 'userId'])
@Index('notification_user_idx', ['userId', 'id'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'text' })
  sourceKey: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
