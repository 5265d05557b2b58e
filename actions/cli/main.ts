export async function cli(argv: string[]): Promise<number> {
  console.log(argv);
  return 0;
}
