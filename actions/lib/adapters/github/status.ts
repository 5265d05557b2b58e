import { z } from "zod";

const withStatus = z.object({ status: z.number() });

/** The HTTP status of a failed Octokit request, so callers branch on status codes and never on error text. */
export function httpStatus(error: unknown): number | undefined {
  const parsed = withStatus.safeParse(error);
  return parsed.success ? parsed.data.status : undefined;
}

/** Runs a read that may find nothing: a 404 becomes undefined, anything else is rethrown. */
export async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
