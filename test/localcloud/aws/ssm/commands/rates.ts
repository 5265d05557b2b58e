/** MaxConcurrency and MaxErrors as SendCommand takes them: a count or a percentage of the targets. */
export const maxConcurrencyPattern = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
export const maxErrorsPattern = /^([1-9][0-9]*|0|[1-9][0-9]%|[0-9]%|100%)$/;

/** How many invocations may run at once; a percentage rounds up and is at least one. */
export function concurrencyLimit(maxConcurrency: string, targets: number): number {
  if (maxConcurrency.endsWith("%")) {
    return Math.max(1, Math.ceil((Number(maxConcurrency.slice(0, -1)) * targets) / 100));
  }
  return Number(maxConcurrency);
}

/** How many errors are tolerated; dispatching stops once the error count exceeds it. A percentage rounds down. */
export function errorLimit(maxErrors: string, targets: number): number {
  if (maxErrors.endsWith("%")) return Math.floor((Number(maxErrors.slice(0, -1)) * targets) / 100);
  return Number(maxErrors);
}
