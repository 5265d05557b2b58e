import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** One document file of ssm-documents/, as it will be sent: the bytes are the content, the file stem the name. */
export interface LocalDocument {
  name: string;
  /** The path as read, e.g. ssm-documents/orca-restart.yml. */
  file: string;
  content: string;
  /** SHA-256 of the content in hex, as SSM reports it in DescribeDocument's Hash. */
  hash: string;
}

export function contentHash(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/**
 * The folder's own *.yml files, sorted by name (ssm-documents/src/ holds the sources they are generated from and is
 * not read). Only the folder's entries are used as paths; a link is not followed.
 */
export async function readLocalDocuments(dir: string): Promise<LocalDocument[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && e.name.endsWith(".yml"))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (fileName) => {
      const file = join(dir, fileName);
      const content = await readFile(file, "utf8");
      return { name: fileName.slice(0, -".yml".length), file, content, hash: contentHash(content) };
    }),
  );
}
