/** One spelling per address: trimmed and lower-cased, so Sam@NHS.net and sam@nhs.net are one member. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
