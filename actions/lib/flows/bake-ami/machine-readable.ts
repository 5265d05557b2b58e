/**
 * Packer's machine-readable output (`-machine-readable`): one line per event, `timestamp,target,type,data...`.
 * Packer escapes commas inside a field as `%!(PACKER_COMMA)` and newlines as `\n`, so a raw comma always
 * separates fields.
 */
export interface MachineLine {
  /** Unix seconds. */
  timestamp: number;
  /** The build's name (e.g. amazon-ebs.weborca); empty for messages about the whole run. */
  target: string;
  /** ui, artifact-count, artifact, error-count, error, version, ... */
  type: string;
  data: string[];
}

/** Undoes Packer's escapes in one field. */
export function unescapeField(field: string): string {
  return field.replaceAll("%!(PACKER_COMMA)", ",").replaceAll("\\r", "\r").replaceAll("\\n", "\n");
}

/** One line of the stream, or undefined when it is not in the machine-readable form (e.g. a plugin's stray print). */
export function parseMachineLine(line: string): MachineLine | undefined {
  const [timestamp, target, type, ...data] = line.replace(/\r?\n?$/, "").split(",");
  if (timestamp === undefined || !/^\d+$/.test(timestamp) || target === undefined || !type) return undefined;
  return { timestamp: Number(timestamp), target, type, data: data.map(unescapeField) };
}
