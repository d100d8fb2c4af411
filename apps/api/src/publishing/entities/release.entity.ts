import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PublicFair, ReleaseChange } from '@bussanten/contracts';
import { UserEntity } from '../../accounts/entities/user.entity';
import { FairEntity } from '../../fairs/entities/fair.entity';

/**
 * A published schedule: an immutable snapshot of what the public may see, with its version and the
 * changes since the previous release. Rows are only ever inserted; the public reads the latest.
 */
@Entity('releases')
@Unique('uq_releases_fair_version', ['fairId', 'version'])
@Index('ix_releases_fair_latest', ['fairId', 'version'])
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_releases_fair' })
  fair?: FairEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_releases_author' })
  author?: UserEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb' })
  snapshot: PublicFair;

  @Column({ type: 'jsonb' })
  changes: ReleaseChange[];

  /** Strong validator of the snapshot (SHA-256), the base of every public ETag. */
  @Column({ type: 'text' })
  digest: string;
}
