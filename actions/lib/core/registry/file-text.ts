import { open } from "node:fs/promises";

/**
 * The bounds a registry file must keep before it is parsed: a size (so that a pasted log or a generated file cannot
 * make validation slow or run out of memory) and text (so that a binary file's bytes are never echoed back).
 */

/** A clinic file is about 1 KiB of fields; 64 KiB leaves room for comments and is still parsed in milliseconds. */
export const maxClinicBytes = 64 * 1024;
/** fleet.yml lists subnets, security groups and freeze ranges but no clinics: 256 KiB is far beyond any fleet. */
export const maxFleetBytes = 256 * 1024;

export type TextRefusal = { rule: "file.tooLarge"; bytes: number; max: number } | { rule: "file.notText" };

export type FileText = { text: string } | { refused: TextRefusal };

/** Text already in memory (an intake request's YAML): refused when over the bound or when it holds a NUL. */
export function boundedText(text: string, max: number): FileText {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > max) return { refused: { rule: "file.tooLarge", bytes, max } };
  if (text.includes("\u0000")) return { refused: { rule: "file.notText" } };
  return { text };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A file's text, its size checked before a byte is read and its bytes checked to be UTF-8 without NUL. */
export async function readBoundedText(path: string, max: number): Promise<FileText> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > max) return { refused: { rule: "file.tooLarge", bytes: size, max } };
    const bytes = await handle.readFile();
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { refused: { rule: "file.notText" } };
    }
    return boundedText(text, max);
  } finally {
    await handle.close();
  }
}
