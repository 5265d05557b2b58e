import type { MachineLine } from "./machine-readable.js";

/** What the log shows for one line of the stream. */
export type ProgressEvent =
  | { kind: "step"; title: string }
  | { kind: "line"; text: string }
  | { kind: "error"; text: string };

/**
 * Turns a stream line into log output: each `==> target: step` starts a group that holds the step's messages;
 * a build's `error` line becomes an error annotation. Artifact and count lines are summarised elsewhere.
 */
export function progressOf(line: MachineLine | undefined, raw: string): ProgressEvent[] {
  if (line === undefined) return raw.trim() === "" ? [] : [{ kind: "line", text: raw }];
  if (line.type === "error") return [{ kind: "error", text: `${line.target}: ${line.data.join(",")}` }];
  if (line.type !== "ui") return [];
  const [, ...parts] = line.data;
  const text = parts.join(",").replace(/^\n+/, "").trimEnd();
  if (text === "") return [];
  const step = /^==> (.*)$/s.exec(text);
  return step?.[1] === undefined ? [{ kind: "line", text }] : [{ kind: "step", title: step[1] }];
}
