import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberProfile } from '../profile/member-profile.entity.js';

// The directory's two narrow search tables: one row each per listed member, keyed by the profile's dense
// `directory_seq`, holding only what every member may see. Triggers keep them in step with member_profiles
// (see the DirectorySearch migration); nothing writes them directly. Narrow rows, so that visiting the thousands
// of members a common word matches reads few pages; small integers, so that handing them over is cheap.
// Their GIN indexes are written by hand in that migration (TypeORM cannot describe them).

/** Everything searchable: a copy of the profile's `search` vector (names, and the fields every member may see). */
@Entity('member_search_words')
@Index('member_search_words_idx', { synchronize: false })
export class MemberSearchWords {
  /** The profile's `directory_seq`. */
  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @ManyToOne(() => MemberProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seq', referencedColumnName: 'directorySeq' })
  profile?: MemberProfile;

  @Column({ type: 'tsvector' })
  words!: string;
}

/** The name and handle: a match here ranks first. */
@Entity('member_search_names')
@Index('member_search_names_idx', { synchronize: false })
export class MemberSearchNames {
  /** The profile's `directory_seq`. */
  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @ManyToOne(() => MemberProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seq', referencedColumnName: 'directorySeq' })
  profile?: MemberProfile;

  /** The name and handle, 'simple' configuration (no stemming). */
  @Column({ type: 'tsvector' })
  names!: string;
}

/**
 * Every word that is or was part of a listed member's name ('simple' lexemes, but hyphenated compounds):
 * typo tolerance looks up the name words close to a query word here (pg_trgm; a few hundred or thousand short
 * words), then finds the members through member_search_names. A word nobody bears any longer only finds nobody;
 * an erased account's name words are deleted with it (libs/privacy, unless someone else bears them).
 */
@Entity('member_name_words')
@Index('member_name_words_trgm_idx', { synchronize: false })
export class MemberNameWord {
  @PrimaryColumn({ type: 'text' })
  word!: string;
}
