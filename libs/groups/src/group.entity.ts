import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Member } from '#libs/identity';
import { Region } from '#libs/members';
import { GroupVisibility } from './group-enums.js';

/**
 * A discussion group. Its slug is derived from the name, stable, and editable by its owners. Slugs are unique among
 * listed groups and, apart, among hidden ones, which carry a random suffix (group-slugs.ts says why).
 */
@Entity('groups')
@Index('groups_name_idx', ['name', 'id'])
@Index('groups_slug_key', ['slug'], { unique: true, where: `visibility <> 'HIDDEN'` })
@Index('groups_hidden_slug_key', ['slug'], { unique: true, where: `visibility = 'HIDDEN'` })
export class Group {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({
    type: 'enum',
    enum: GroupVisibility,
    enumName: 'group_visibility',
    default: GroupVisibility.PUBLIC,
  })
  visibility!: GroupVisibility;

  @Column({ name: 'topic_ids', type: 'int', array: true, default: () => "'{}'" })
  topicIds!: number[];

  @ManyToOne(() => Region, { nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ name: 'cover_image_url', type: 'text', nullable: true })
  coverImageUrl!: string | null;

  @Column({ type: 'text', default: '' })
  rules!: string;

  @ManyToOne(() => Member, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Member | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Hidden by a moderator (a report resolved HIDE_CONTENT): gone for everyone but moderators and admins. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
