import type { MachineLine } from "./machine-readable.js";

/** One artifact a build reported, from its `artifact,<index>,<key>,<value>` lines. */
export interface Artifact {
  target: string;
  index: number;
  builderId?: string;
  /** For amazon-ebs: `<region>:<ami-id>`, comma-separated when copied to several regions. */
  id?: string;
}

export interface BuildError {
  target: string;
  message: string;
}

/** What the stream says about the run: its artifacts and its errors. */
export interface BuildResult {
  artifacts: Artifact[];
  errors: BuildError[];
}

/** Folds the stream's artifact and error lines into a result; other lines carry progress only. */
export function collectBuild(lines: Iterable<MachineLine>): BuildResult {
  const artifacts = new Map<string, Artifact>();
  const errors: BuildError[] = [];
  for (const line of lines) {
    if (line.type === "error") errors.push({ target: line.target, message: line.data.join(",") });
    if (line.type !== "artifact") continue;
    const [index, key, value] = line.data;
    if (index === undefined || !/^\d+$/.test(index) || value === undefined) continue;
    const mapKey = `${line.target}\u0000${index}`;
    const artifact = artifacts.get(mapKey) ?? { target: line.target, index: Number(index) };
    if (key === "builder-id") artifact.builderId = value;
    if (key === "id") artifact.id = value;
    artifacts.set(mapKey, artifact);
  }
  return { artifacts: [...artifacts.values()], errors };
}
