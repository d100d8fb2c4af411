import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * A WebAuthn challenge handed out with registration or sign-in options: used once (deleted when a
 * response names it), valid five minutes. Registration's and a second step's challenges belong to
 * the session that asked; a password-less sign-in's belong to nobody yet.
 */
@Entity('webauthn_challenges')
@Check('ck_webauthn_challenges_purpose', `"purpose" IN ('register', 'secondFactor', 'signIn')`)
@Index('ix_webauthn_challenges_expires_at', ['expiresAt'])
export class WebAuthnChallengeEntity {
  /** base64url, as it comes back in the response's clientDataJSON. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_webauthn_challenges' })
  challenge: string;

  @Column({ type: 'text' })
  purpose: 'register' | 'secondFactor' | 'signIn';

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_webauthn_challenges_session' })
  session?: SessionEntity;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
