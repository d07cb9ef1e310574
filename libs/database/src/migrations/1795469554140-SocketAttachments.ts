import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: the table socket.io's PostgreSQL adapter and emitter keep payloads in that are too large for
// NOTIFY (8,000 bytes). It is theirs, not an entity of ours.
export class SocketAttachments1795469554140 implements MigrationInterface {
  name = 'SocketAttachments1795469554140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS socket_io_attachments');
  }
}
