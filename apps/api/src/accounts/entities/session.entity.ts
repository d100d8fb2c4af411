import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MembershipEntity } from './membership.entity';
import { UserEntity } from './user.entity';

/** A server-side session. Only a hash of the cookie's token is stored, so a leaked table signs nobody in. */
@Entity('sessions')
@Unique('uq_sessions_token_hash', ['tokenHash'])
@Index('ix_sessions_user', ['userId'])
@Index('ix_sessions_membership', ['membershipId'])
@Check('ck_sessions_pending', `"pending" IN ('secondFactor', 'enrol')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: UserEntity;

  /** The membership the session acts within; a revoked membership's sessions stop working at once. */
  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_sessions_membership' })
  membership?: MembershipEntity;

  /** Sent back by the client in X-CSRF-Token on writes. */
  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The absolute limit (SESSION_HOURS after sign-in), however busy the session is. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /**
   * When the session was last used, to within a minute (the guard writes it at most once a minute);
   * a session unused for SESSION_IDLE_MINUTES is refused.
   */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** The User-Agent header at sign-in (cut to 512 characters), shown to the session's owner only. */
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  /** The client address at sign-in, as Express sees it (through TRUST_PROXY); shown to the session's owner only. */
  @Column({ name: 'address', type: 'text', nullable: true })
  address: string | null;

  /**
   * The step this session still waits for ('secondFactor' or 'enrol'); null once it gives access.
   * A waiting session reaches only its step's routes and sign-out.
   */
  @Column({ type: 'text', nullable: true })
  pending: 'secondFactor' | 'enrol' | null;

  /** When the person confirmed a second factor in this session (or signed in with a passkey). */
  @Column({ name: 'second_factor_at', type: 'timestamptz', nullable: true })
  secondFactorAt: Date | null;

  /** Wrong codes sent for the pending step; past five the session ends (sign in with the password again). */
  @Column({ name: 'step_failures', type: 'int', default: 0 })
  stepFailures: number;
}
