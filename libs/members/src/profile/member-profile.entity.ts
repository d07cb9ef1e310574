import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Member } from '#libs/identity';
import { Cohort } from '../taxonomy/cohort.entity.js';
import { Region } from '../taxonomy/region.entity.js';
import { LeaderType, type VisibilitySettings } from './profile-enums.js';

/**
 * A member's profile and their entry in the directory. The `dir_*` columns and `search` hold only what
 * every member may see (fields whose visibility is MEMBERS); a trigger keeps them in step (see the
 * DirectoryIndex migration), so that search, filters and facets can never reveal a hidden field.
 */
@Entity('member_profiles')
@Index('member_profiles_directory_name_idx', ['nameKey', 'memberId'], { where: 'in_directory' })
// A GIN index, written by hand in the DirectoryIndex migration (TypeORM cannot describe it). Text search reads
// the postings (member-search.entities.ts), which triggers fill from `search` and the names.
@Index('member_profiles_dir_topics_idx', { synchronize: false })
export class MemberProfile {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  /** A dense integer for this profile, never reused: the member in the search postings and the directory's bitsets. */
  @Column({ name: 'directory_seq', type: 'int', unique: true, insert: false, update: false })
  @Generated('increment')
  directorySeq!: number;

  @OneToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  /** Copies of the account's names, for search and name order. */
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  handle!: string;

  /** lower(display_name), set by the trigger: the directory's name order and the trigram index. */
  @Column({ name: 'name_key', type: 'text', insert: false, update: false })
  nameKey!: string;

  @Column({ type: 'text', nullable: true })
  pronouns!: string | null;

  @Column({ type: 'text', nullable: true })
  headline!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ name: 'lived_experience', type: 'text', nullable: true })
  livedExperience!: string | null;

  @Column({ name: 'leader_type', type: 'enum', enum: LeaderType, enumName: 'leader_type', nullable: true })
  leaderType!: LeaderType | null;

  @Column({ type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle!: string | null;

  @ManyToOne(() => Region, { nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ name: 'topic_ids', type: 'int', array: true, default: () => "'{}'" })
  topicIds!: number[];

  @ManyToOne(() => Cohort, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort | null;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ name: 'open_to_pairing', type: 'boolean', default: false })
  openToPairing!: boolean;

  @Column({ name: 'avatar_url', type: 'text', nullable: true })
  avatarUrl!: string | null;

  @Column({ name: 'listed_in_directory', type: 'boolean', default: true })
  listedInDirectory!: boolean;

  /** Only the choices a member made; withDefaults() fills in the rest (DEFAULT_VISIBILITY). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  visibility!: Partial<VisibilitySettings>;

  /** Listed, and the account is active: the only rows search and suggestions ever read. */
  @Column({ name: 'in_directory', type: 'boolean', default: true })
  inDirectory!: boolean;

  // Maintained by the member_profiles_directory trigger from the fields above and their visibility.
  @Column({
    name: 'dir_region_code',
    type: 'text',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  dirRegionCode!: string | null;

  @Column({
    name: 'dir_topic_ids',
    type: 'int',
    array: true,
    default: () => "'{}'",
    select: false,
    insert: false,
    update: false,
  })
  dirTopicIds!: number[];

  @Column({
    name: 'dir_cohort_id',
    type: 'uuid',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  dirCohortId!: string | null;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search!: string | null;

  /** Stamped by the trigger on every write: each process's directory snapshot reads what changed since. */
  @Index('member_profiles_updated_at_idx')
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
