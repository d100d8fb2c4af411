import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { VenueEntity } from './venue.entity';

/** A room of a venue (地下1階催事場); its floor plan of booths comes with booth drawing. */
@Entity('rooms')
@Unique('uq_rooms_venue_name', ['venueId', 'name'])
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
}
