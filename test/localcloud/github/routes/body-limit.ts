import { validationFailed } from "../errors.js";

/** The most characters GitHub keeps in an issue's, a pull request's or a comment's body. */
export const maxBodyCharacters = 65_536;

/**
 * Refuses a body over GitHub's limit with the 422 GitHub answers: `body is too long (maximum is 65536 characters)`,
 * code `custom` on field `body` of the resource. GitHub counts characters, so a character outside the BMP (an emoji,
 * a rare kanji) is one, though it is two UTF-16 code units in JavaScript.
 */
export function refuseLongBody(body: string, resource: string): void {
  if (body.length <= maxBodyCharacters) return;
  let characters = 0;
  for (const _ of body) characters += 1;
  if (characters <= maxBodyCharacters) return;
  throw validationFailed({
    resource,
    field: "body",
    code: "custom",
    message: `body is too long (maximum is ${maxBodyCharacters} characters)`,
  });
}
