import type { EntityManager } from 'typeorm';
import { plainText } from '#libs/text';
import { Member } from '../entities/member.entity.js';

export const HANDLE_PATTERN = /^[a-z0-9_-]{3,30}$/;
const BASE_MAX = 24;

/** `base` when free, else the base with the lowest free number: base-2, base-3, ... */
export function firstFree(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Siân O'Brien-Smith" -> "sian-obrien-smith": lower-case letters, digits, `-` and `_` only. */
export function handleBase(displayName: string): string {
  const base = plainText(displayName)
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, BASE_MAX)
    .replace(/-+$/, '');
  if (base.length === 0) return 'member';
  return base.length >= 3 ? base : `${base}-member`;
}

/**
 * The base itself when free, else the base with the lowest free number: sian-smith, sian-smith-2, ...
 * Call inside a transaction: a lock on the base, held until commit, makes people of the same name who
 * register at the same moment take their numbers one after another instead of colliding.
 */
export async function uniqueHandle(manager: EntityManager, displayName: string): Promise<string> {
  const base = handleBase(displayName);
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`handle:${base}`]);
  const rows = await manager
    .getRepository(Member)
    .createQueryBuilder('m')
    .select('m.handle', 'handle')
    .where('m.handle = :base OR m.handle ~ :numbered', { base, numbered: `^${escapeRegExp(base)}-[0-9]+$` })
    .getRawMany<{ handle: string }>();
  return firstFree(base, new Set(rows.map((row) => row.handle)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
