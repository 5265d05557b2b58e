/** An error answer in GitHub's shape: `{ message, errors?, documentation_url, status }`. */
export class GithubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors === undefined ? {} : { errors: this.errors }),
      documentation_url: "https://docs.github.com/rest",
      status: String(this.status),
    };
  }
}

export interface ValidationIssue {
  resource: string;
  field?: string;
  code: "missing" | "missing_field" | "invalid" | "already_exists" | "unprocessable" | "custom";
  message?: string;
}

export const notFound = (): GithubError => new GithubError(404, "Not Found");

export const validationFailed = (...errors: ValidationIssue[]): GithubError =>
  new GithubError(422, "Validation Failed", errors);

/** A 422 whose message says what is wrong, as GitHub answers for git database and contents conflicts. */
export const unprocessable = (message: string): GithubError => new GithubError(422, message);
