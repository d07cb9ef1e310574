import { InputCheck } from '#libs/errors';

export const BODY_MAX = 10_000;

/** A message body: Markdown source, 1 to 10,000 characters, stored exactly as written. */
export function checkBody(body: string, field = 'body'): void {
  new InputCheck()
    .require(body.trim().length > 0, field, 'Write something first.')
    .text(body, field, { max: Number.MAX_SAFE_INTEGER })
    .require(
      [...body].length <= BODY_MAX,
      field,
      `Messages can be at most ${BODY_MAX.toLocaleString('en-GB')} characters.`,
    )
    .throwIfInvalid();
}

/** The handles a body mentions: `@sam-jones`, not inside a word or an e-mail address. */
export function mentionedHandles(body: string): string[] {
  return [
    ...new Set([...body.matchAll(/(?<![\w@.])@([a-z0-9_-]{3,30})\b/gi)].map((m) => m[1].toLowerCase())),
  ];
}
