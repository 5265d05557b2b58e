/** The part of the Actions log a bake writes to; @actions/core fits it, a test passes a recorder. */
export interface Log {
  info(text: string): void;
  error(text: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}
