import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { Member } from '#libs/identity';

/**
 * A member's personal calendar feed: its secret token is derived from the server's secret, the member and this
 * version, so rotating it (a new version) ends every old link. No token is stored.
 */
@Entity('calendar_feeds')
export class CalendarFeed {
  @OneToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ name: 'member_id', type: 'uuid', primary: true })
  memberId!: string;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
