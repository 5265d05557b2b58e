import { z } from "zod";
import type { Message } from "../../core/i18n/message.js";
import { amiIdPattern } from "./ami-id.js";
import type { BuildResult } from "./build-result.js";
import { note } from "./messages.js";

/** The AMI a build made, or why there is none to record. */
export type AmiOutcome = { ok: true; amiId: string } | { ok: false; reason: Message };

const manifestSchema = z.object({
  builds: z.array(z.object({ name: z.string(), artifact_id: z.string(), packer_run_uuid: z.string() })),
  last_run_uuid: z.string(),
});

/** The AMI ids in an amazon-ebs artifact id (`ap-northeast-1:ami-…`, comma-separated per region), by region. */
function amiIdsIn(artifactId: string): { region: string; amiId: string }[] {
  return artifactId.split(",").map((entry) => {
    const at = entry.lastIndexOf(":");
    return { region: entry.slice(0, at), amiId: entry.slice(at + 1) };
  });
}

function distinctAmis(artifactIds: readonly string[], region: string, source: Message): AmiOutcome {
  const entries = artifactIds.flatMap(amiIdsIn);
  const elsewhere = entries.filter((entry) => entry.region !== region);
  if (elsewhere.length > 0) {
    const amis = [...new Set(elsewhere.map((entry) => `${entry.amiId} (${entry.region || "-"})`))].join(", ");
    return { ok: false, reason: note("otherRegion", { source, amis, region }) };
  }
  const ids = [...new Set(entries.map((entry) => entry.amiId))];
  if (ids.length === 0) return { ok: false, reason: note("noArtifact", { source }) };
  if (ids.length > 1)
    return { ok: false, reason: note("manyAmis", { source, count: ids.length, ids: ids.join(", ") }) };
  const [amiId] = ids;
  if (amiId === undefined || !amiIdPattern.test(amiId)) {
    return { ok: false, reason: note("notAmiId", { source, value: amiId ?? "" }) };
  }
  return { ok: true, amiId };
}

/**
 * The one AMI of a successful build: the stream's artifact lines and the manifest's last run must each name
 * exactly one AMI in the fleet's region, and the same one. Anything else is a reason to leave the parameter alone.
 */
export function amiFromBuild(input: {
  exitCode: number;
  result: BuildResult;
  manifestText: string | undefined;
  region: string;
}): AmiOutcome {
  const { exitCode, result, manifestText, region } = input;
  if (exitCode !== 0 || result.errors.length > 0) {
    const errors = result.errors.map((error) => `${error.target}: ${error.message}`).join("; ");
    return {
      ok: false,
      reason: errors ? note("buildFailedWith", { exitCode, errors }) : note("buildFailed", { exitCode }),
    };
  }
  // The manifest post-processor hands the builder's artifact on, so the stream lists the same AMI twice.
  const fromStream = distinctAmis(
    result.artifacts.flatMap((artifact) => (artifact.id === undefined ? [] : [artifact.id])),
    region,
    note("sourceStream"),
  );
  if (!fromStream.ok) return fromStream;
  if (manifestText === undefined) return { ok: false, reason: note("noManifest") };
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(manifestText);
  } catch (error) {
    return {
      ok: false,
      reason: note("manifestNotJson", { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
  const manifest = manifestSchema.safeParse(manifestJson);
  if (!manifest.success) return { ok: false, reason: note("manifestShape", { detail: manifest.error.message }) };
  // The manifest post-processor appends to an existing file: only this run's builds count.
  const thisRun = manifest.data.builds.filter((build) => build.packer_run_uuid === manifest.data.last_run_uuid);
  const fromManifest = distinctAmis(
    thisRun.map((build) => build.artifact_id),
    region,
    note("sourceManifest"),
  );
  if (!fromManifest.ok) return fromManifest;
  if (fromManifest.amiId !== fromStream.amiId) {
    return { ok: false, reason: note("amiMismatch", { stream: fromStream.amiId, manifest: fromManifest.amiId }) };
  }
  return fromStream;
}
