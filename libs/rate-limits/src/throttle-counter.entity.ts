import { Column, Entity, Index } from 'typeorm';

/**
 * A fixed-window counter shared by every replica (login failures per account and per address, registrations,
 * password resets, reports, invitations): `key` names what is counted, e.g. `login-account:<email>`.
 */
@Entity('throttle_counters')
@Index('throttle_counters_expires_idx', ['expiresAt'])
export class ThrottleCounter {
  @Column({ type: 'text', primary: true })
  key!: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'int', default: 0 })
  count!: number;

  /** When the window ends; expired rows are swept. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
