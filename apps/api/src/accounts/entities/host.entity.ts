import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Constraint } from '../../database/constraints';

/** The organization that runs fairs and owns its agreements (品川区 first; another ward can be a second host). */
@Entity('hosts')
@Unique(Constraint.hostsName, ['name'])
@Check('ck_hosts_embed_origins', `cardinality("embed_origins") <= 20`)
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

  /** The sites that may frame its fair widget (/embed/f/:slug): normalised origins, none by default (libs/domain embed-origins.ts). */
  @Column({ name: 'embed_origins', type: 'text', array: true, default: () => "'{}'" })
  embedOrigins: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
