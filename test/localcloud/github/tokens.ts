import { randomBytes } from "node:crypto";

/** Which login a token acts as: the bot's GITHUB_TOKEN, and any person a test or the admin interface added. */
export class Tokens {
  private readonly logins = new Map<string, string>();

  /** A new token in the shape of the given prefix (`ghs_` for installation tokens, `ghp_` for personal ones). */
  static mint(prefix: "ghs" | "ghp"): string {
    return `${prefix}_${randomBytes(18).toString("hex")}`;
  }

  add(token: string, login: string): void {
    this.logins.set(token, login);
  }

  /** The login behind an `Authorization: token …` or `Bearer …` header, if the token is known. */
  loginOf(authorization: string | undefined): string | undefined {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    return token === undefined ? undefined : this.logins.get(token);
  }
}
