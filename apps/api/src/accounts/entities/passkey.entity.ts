import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';
import { Constraint } from '../../database/constraints';

/**
 * A WebAuthn credential (passkey) of a person: its public key and signature counter, as
 * @simplewebauthn/server verified them at registration. Nothing secret is stored here.
 */
@Entity('passkeys')
@Unique(Constraint.passkeysCredentialId, ['credentialId'])
@Unique(Constraint.passkeysUserName, ['userId', 'name'])
@Index('ix_passkeys_user', ['userId'])
export class PasskeyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_passkeys' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_passkeys_user' })
  user?: UserEntity;

  /** The credential's id, base64url (as the browser reports it). */
  @Column({ name: 'credential_id', type: 'text' })
  credentialId: string;

  /** COSE public key. */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  /** The authenticator's signature counter (0 for most synced passkeys). */
  @Column({ type: 'bigint', default: 0 })
  counter: string;

  /** How the browser may reach the authenticator (internal, hybrid, usb, …). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  transports: string[];

  @Column({ name: 'device_type', type: 'text' })
  deviceType: string;

  @Column({ name: 'backed_up', type: 'boolean' })
  backedUp: boolean;

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
