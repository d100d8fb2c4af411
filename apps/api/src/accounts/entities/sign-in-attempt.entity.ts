import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, kept in the database so the limit holds across several API processes. */
@Entity('sign_in_failures')
@Index('ix_sign_in_failures_email_at', ['email', 'at'])
@Index('ix_sign_in_failures_address_at', ['address', 'at'])
@Index('ix_sign_in_failures_email_address_at', ['email', 'address', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  address: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
