import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, kept in PostgreSQL so throttling holds across any number of API copies. */
@Entity('login_attempt')
@Index('login_attempt_username_idx', ['username', 'createdAt'])
@Index('login_attempt_ip_idx', ['ip', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** Lower-cased as typed, whether or not such an account exists. */
  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
