/**
 * Medical data stays where Japanese law applies (3省2ガイドライン): the stack refuses any other region at synth.
 * Each region's availability zones are fixed here, so the VPC has its three private subnets without looking the
 * account up, and the subnets' names (private-a, ...) are the same in every deployment.
 */
export const japaneseRegions = {
  // Tokyo: new accounts get a, c and d (1b is closed to them).
  "ap-northeast-1": ["a", "c", "d"],
  // Osaka.
  "ap-northeast-3": ["a", "b", "c"],
} as const;

export type JapaneseRegion = keyof typeof japaneseRegions;

export function isJapaneseRegion(region: string): region is JapaneseRegion {
  return Object.hasOwn(japaneseRegions, region);
}

export function requireJapaneseRegion(region: string | undefined): JapaneseRegion {
  if (region === undefined || !isJapaneseRegion(region)) {
    throw new Error(
      `orca-fleet's stack runs only in Japan: region must be ap-northeast-1 (Tokyo) or ap-northeast-3 (Osaka), not ${region ?? "an unresolved region"}`,
    );
  }
  return region;
}
