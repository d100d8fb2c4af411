import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FairEntity } from '../../fairs/entities/fair.entity';

/**
 * A released fair's line on the public index (/f, /en/f, GET /api/public/fairs), copied from its
 * latest release when it is published, so the index never reads release snapshots. Whether it is
 * shown is the fair's (fairs.visible); its address is the fair's current slug.
 */
@Entity('public_listings')
export class PublicListingEntity {
  @PrimaryColumn({ name: 'fair_id', type: 'uuid', primaryKeyConstraintName: 'pk_public_listings' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_public_listings_fair' })
  fair?: FairEntity;

  /** The release it was copied from. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'host_name', type: 'text' })
  hostName: string;

  @Column({ name: 'host_name_en', type: 'text', nullable: true })
  hostNameEn: string | null;

  @Column({ name: 'venue_name', type: 'text' })
  venueName: string;

  @Column({ name: 'first_day', type: 'date' })
  firstDay: string;

  @Column({ name: 'last_day', type: 'date' })
  lastDay: string;
}
