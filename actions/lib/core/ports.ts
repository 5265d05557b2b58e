/** Time, passed in so that planners and waits can be tested without real clocks. */
export interface Clock {
  now(): Date;
}

export type Sleep = (ms: number) => Promise<void>;

export const systemClock: Clock = { now: () => new Date() };

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where an annotation points: the file, line and column shown on a pull request's diff (as @actions/core names them). */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * The one log every flow and adapter writes to. Its shape is the part of @actions/core that the library uses, so a
 * main passes `core` itself; a test passes a small fake or `silentLog`.
 */
export interface Log {
  info(message: string): void;
  /** Shown as a warning annotation on the run. */
  warning(message: string): void;
  /** Shown as an error annotation on the run, on a file's line when given; it does not fail the step. */
  error(message: string, annotation?: Annotation): void;
  /** Folds what follows into a named group, until endGroup. */
  startGroup(name: string): void;
  endGroup(): void;
}

/** A log that drops everything: for callers that have nothing to say to a person. */
export const silentLog: Log = {
  info: () => {},
  warning: () => {},
  error: () => {},
  startGroup: () => {},
  endGroup: () => {},
};

/**
 * What a flow that learns its region from fleet.yml takes from its main: its ports, built once the region is known;
 * where its JSON file is written, for the workflow to upload; and the log.
 */
export interface RegionalFlowDeps<Ports> {
  connect(region: string): Ports;
  writeFile(path: string, text: string): Promise<void>;
  log: Log;
}

/** Runs one phase of a flow inside a log group, closing the group whatever happens. */
export async function inGroup<T>(log: Log, name: string, phase: () => Promise<T>): Promise<T> {
  log.startGroup(name);
  try {
    return await phase();
  } finally {
    log.endGroup();
  }
}
