import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from '../../database/numeric-transformer';
import { VenueEntity } from './venue.entity';
import { Constraint } from '../../database/constraints';

/** A room of a venue (地下1階催事場). Its inner size in metres is the drawing area of each fair's floor plan. */
@Entity('rooms')
@Check('ck_rooms_size', `"width_m" > 0 AND "depth_m" > 0`)
@Unique(Constraint.roomsVenueName, ['venueId', 'name'])
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @ManyToOne(() => VenueEntity, (v) => v.rooms, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id', foreignKeyConstraintName: 'fk_rooms_venue' })
  venue?: VenueEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'width_m', type: 'numeric', precision: 6, scale: 1, default: 30, transformer: numericTransformer })
  widthM: number;

  @Column({ name: 'depth_m', type: 'numeric', precision: 6, scale: 1, default: 20, transformer: numericTransformer })
  depthM: number;
}
