import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the ten UK regions: the seven NHS England regions, Scotland, Wales and Northern Ireland. */
@Entity('regions')
export class Region {
  /** Stable: filters and profiles keep it forever. */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
