import { Check, Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HostEntity } from '../../accounts/entities/host.entity';
import { RoomEntity } from './room.entity';
import { Constraint } from '../../database/constraints';

/** A place fairs are held (イオンスタイル品川シーサイド), with its rooms. */
@Entity('venues')
@Check('ck_venues_postal_code', `"postal_code" ~ '^[0-9]{3}-[0-9]{4}$'`)
@Unique(Constraint.venuesHostName, ['hostId', 'name'])
export class VenueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_venues_host' })
  host?: HostEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  prefecture: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text' })
  address: string;

  @OneToMany(() => RoomEntity, (r) => r.venue)
  rooms?: RoomEntity[];
}
