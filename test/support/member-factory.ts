import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { TestDatabase } from './test-database.js';

export const MEMBER_PASSWORD = 'a member password here';
let passwordHash: Promise<string> | undefined;

export interface NewMember {
  displayName?: string;
  handle?: string;
  email?: string;
  role?: 'MEMBER' | 'ORGANISER' | 'ADMIN';
  status?: 'ACTIVE' | 'SUSPENDED' | 'DELETED';
  pronouns?: string | null;
  headline?: string | null;
  bio?: string | null;
  livedExperience?: string | null;
  leaderType?: string | null;
  organisation?: string | null;
  jobTitle?: string | null;
  regionCode?: string | null;
  topics?: string[];
  cohortId?: string | null;
  openToPairing?: boolean;
  listedInDirectory?: boolean;
  visibility?: Record<string, string>;
}

/** Inserts a member and their profile straight into the database (fast), as registration would leave them. */
export async function newMember(
  db: TestDatabase,
  fields: NewMember = {},
): Promise<{ id: string; email: string; handle: string }> {
  passwordHash ??= argon2.hash(MEMBER_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const id = randomUUID();
  const suffix = id.slice(0, 8);
  const displayName = fields.displayName ?? `Member ${suffix}`;
  const handle = fields.handle ?? `m-${suffix}`;
  const email = fields.email ?? `${handle}@example.org`;
  const status = fields.status ?? 'ACTIVE';
  await db.query(
    `INSERT INTO members (id, email, handle, display_name, password_hash, role, status) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, email, handle, displayName, await passwordHash, fields.role ?? 'MEMBER', status],
  );
  const listed = fields.listedInDirectory ?? true;
  await db.query(
    `INSERT INTO member_profiles (member_id, display_name, handle, pronouns, headline, bio, lived_experience, leader_type,
       organisation, job_title, region_code, topic_ids, cohort_id, open_to_pairing, listed_in_directory, visibility, in_directory)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
       (SELECT coalesce(array_agg(id), '{}') FROM topics WHERE slug = ANY($12::text[])), $13, $14, $15, $16, $17)`,
    [
      id,
      displayName,
      handle,
      fields.pronouns ?? null,
      fields.headline ?? null,
      fields.bio ?? null,
      fields.livedExperience ?? null,
      fields.leaderType ?? null,
      fields.organisation ?? null,
      fields.jobTitle ?? null,
      fields.regionCode ?? null,
      fields.topics ?? [],
      fields.cohortId ?? null,
      fields.openToPairing ?? false,
      listed,
      JSON.stringify(fields.visibility ?? {}),
      listed && status === 'ACTIVE',
    ],
  );
  return { id, email, handle };
}
