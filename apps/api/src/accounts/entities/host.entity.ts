import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Constraint } from '../../database/constraints';

/** The organization that runs fairs and owns its agreements (品川区 first; another ward can be a second host). */
@Entity('hosts')
@Unique(Constraint.hostsName, ['name'])
export class HostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  /** Disabled by the operator: its memberships give no access (its public pages stay). */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Its organizers must confirm a second factor at sign-in (and enrol one at their next sign-in if they have none). */
  @Column({ name: 'require_second_factor', type: 'boolean', default: false })
  requireSecondFactor: boolean;

  /** How its exhibitors reach the organizers (shown on a representative's application). */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_note', type: 'text', nullable: true })
  contactNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
