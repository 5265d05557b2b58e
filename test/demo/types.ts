import type { LocalCloud } from "../localcloud/index.js";

export interface DemoContext {
  cloud: LocalCloud;
  /** A temporary checkout of the repository's default branch: the runner's workspace. */
  workdir: string;
  /** A new empty folder, removed when the demo ends, interrupted or not. */
  tempDir(name: string): Promise<string>;
  /** A short line that tells the watcher what happens next. */
  say(text: string): void;
  /** Prints, framed, what a person sees in GitHub: a comment, a job summary, an annotation. */
  show(title: string, markdown: string): void;
}

export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<void>;
}
