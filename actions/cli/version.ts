import packageJson from "../../package.json" with { type: "json" };

/** The toolkit's version, from package.json, so `orca-fleet --version` cannot disagree with the release. */
export const toolkitVersion: string = packageJson.version;
