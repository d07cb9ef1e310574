import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { firstFree } from '#libs/identity';

/**
 * Group addresses, so that a hidden group cannot be detected by anyone outside it.
 *
 * Listed groups (PUBLIC, PRIVATE) share one address space (the partial unique index groups_slug_key): their
 * addresses are public anyway, so "taken" and the -2 suffix tell nothing. A HIDDEN group never takes part in it:
 * its address is what its owner chose (or its name made) plus a random suffix of letters, given at creation and
 * again whenever the group becomes hidden or its owner changes the address. So nobody can ask for a hidden group's
 * address without guessing 12 random letters (26^12), creating "carers" is never refused because of a hidden
 * "carers", the name's -2 suffix never counts a hidden group, and a public group made hidden stops holding its old
 * address (it reads as gone). Hidden addresses are unique among themselves (groups_hidden_slug_key); a hidden group
 * made listed keeps its suffixed address, free in practice among listed ones. The suffix has no digits, so it is
 * never mistaken for a -2, -3 numbering.
 */
export const HIDDEN_SUFFIX_LENGTH = 12;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `base` with a fresh random suffix of letters, within the 60 characters of an address. */
export function hiddenSlug(base: string): string {
  const stem = base.slice(0, 60 - HIDDEN_SUFFIX_LENGTH - 1).replace(/-+$/, '') || 'group';
  const suffix = Array.from({ length: HIDDEN_SUFFIX_LENGTH }, () => LETTERS[randomInt(LETTERS.length)]).join(
    '',
  );
  return `${stem}-${suffix}`;
}

/** Among listed groups: the slug itself when free, else with the lowest free number: carers-london, carers-london-2. */
export async function freeListedSlug(manager: EntityManager, base: string): Promise<string> {
  const rows: Array<{ slug: string }> = await manager.query(
    `SELECT slug FROM groups WHERE visibility <> 'HIDDEN' AND (slug = $1 OR slug ~ $2)`,
    [base, `^${base}-[0-9]+$`],
  );
  return firstFree(base, new Set(rows.map((row) => row.slug)));
}
