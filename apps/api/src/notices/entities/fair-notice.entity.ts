import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NoticeKind } from '@bussanten/contracts';
import { HostEntity } from '../../accounts/entities/host.entity';
import { UserEntity } from '../../accounts/entities/user.entity';
import { FairEntity } from '../../fairs/entities/fair.entity';

/**
 * A live notice of a fair (issue 23), posted on the day by an organizer or on-site staff: shown on
 * the public page and feeds at once, without a new release. Display only: nothing else reads it.
 */
@Entity('fair_notices')
@Index('ix_fair_notices_fair', ['fairId'])
@Check('ck_fair_notices_kind', `"kind" IN ('notice', 'closingEarly', 'closedDay')`)
@Check('ck_fair_notices_closes_at', `("kind" = 'closingEarly') = ("closes_at" IS NOT NULL)`)
@Check('ck_fair_notices_day', `"kind" = 'notice' OR "day" IS NOT NULL`)
export class FairNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_fair_notices_host' })
  host?: HostEntity;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_fair_notices_fair' })
  fair?: FairEntity;

  @Column({ type: 'text' })
  kind: NoticeKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'text_en', type: 'text', nullable: true })
  textEn: string | null;

  @Column({ type: 'date', nullable: true })
  day: string | null;

  @Column({ name: 'closes_at', type: 'time', nullable: true })
  closesAt: string | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ name: 'posted_by', type: 'uuid', nullable: true })
  postedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'posted_by', foreignKeyConstraintName: 'fk_fair_notices_user' })
  user?: UserEntity;

  @Column({ name: 'posted_at', type: 'timestamptz', default: () => 'now()' })
  postedAt: Date;
}
