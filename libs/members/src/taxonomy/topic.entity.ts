import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A subject of interest. The slug is stable (filters use it); the name can be changed. */
@Entity('topics')
export class Topic {
  /** Small integers, so that a member's topics are an int[] with a GIN index. */
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Index('topics_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
