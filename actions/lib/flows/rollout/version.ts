/** ORCA releases as the registry writes them: `5.2.0`, or `5.2.0-1` with a build; a missing build counts as 0. */
const releasePattern = /^(\d+)\.(\d+)\.(\d+)(?:-(\d+))?$/;

function parts(release: string): number[] | undefined {
  const m = releasePattern.exec(release);
  return m ? [m[1], m[2], m[3], m[4] ?? "0"].map(Number) : undefined;
}

/** Negative when a is older than b, 0 when equal, positive when newer; undefined when either is not a release. */
export function compareReleases(a: string, b: string): number | undefined {
  const pa = parts(a);
  const pb = parts(b);
  if (pa === undefined || pb === undefined) return undefined;
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
