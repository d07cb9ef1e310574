import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Outside production, when no ADMIN_EMAIL is set, `npm start` signs you in as a local admin whose
 * password is generated once and kept in .data/admin.json, so a first run can be tried at once.
 */
export function developmentAdmin(dataDir: string): { email: string; password: string } {
  const file = join(dataDir, 'admin.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string };
  const admin = { email: 'admin@confer.localhost', password: randomBytes(12).toString('base64url') };
  writeFileSync(file, `${JSON.stringify(admin, null, 2)}\n`, { mode: 0o600 });
  return admin;
}
