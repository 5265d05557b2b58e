import { describe, expect, it } from "vitest";
import { amiFromBuild } from "../../../actions/lib/ami/artifact.js";
import { collectBuild } from "../../../actions/lib/ami/build-result.js";
import { parseMachineLine } from "../../../actions/lib/ami/machine-readable.js";
import { manifestText, type StreamName, streamLines } from "./streams.js";

const region = "ap-northeast-1";
const result = (name: StreamName) => collectBuild(streamLines(name).flatMap((line) => parseMachineLine(line) ?? []));

describe("amiFromBuild", () => {
  it("takes the AMI that the artifact lines and the manifest agree on", () => {
    expect(
      amiFromBuild({ exitCode: 0, result: result("success"), manifestText: manifestText("success"), region }),
    ).toEqual({ ok: true, amiId: "ami-0a1b2c3d4e5f60718" });
  });

  it("refuses a failed build, with Packer's error", () => {
    expect(amiFromBuild({ exitCode: 1, result: result("failure"), manifestText: undefined, region })).toEqual({
      ok: false,
      reason:
        "packer build failed (exit code 1): amazon-ebs.weborca: Script exited with non-zero exit status: 100.Allowed exit codes are: [0]",
    });
  });

  it("refuses a build that made no artifact", () => {
    expect(amiFromBuild({ exitCode: 0, result: result("no-artifact"), manifestText: undefined, region })).toEqual({
      ok: false,
      reason: "the build's artifact lines: no artifact",
    });
  });

  it("refuses two different AMIs", () => {
    const outcome = amiFromBuild({
      exitCode: 0,
      result: result("two-artifacts"),
      manifestText: manifestText("two-artifacts"),
      region,
    });
    expect(outcome).toEqual({
      ok: false,
      reason: "the build's artifact lines: 2 AMIs (ami-0a1b2c3d4e5f60718, ami-0f9e8d7c6b5a49382), not one",
    });
  });

  it("refuses when the manifest names another AMI than the stream", () => {
    const manifest = manifestText("success").replaceAll("ami-0a1b2c3d4e5f60718", "ami-0123456789abcdef0");
    expect(amiFromBuild({ exitCode: 0, result: result("success"), manifestText: manifest, region })).toEqual({
      ok: false,
      reason: "the artifact lines name ami-0a1b2c3d4e5f60718 but the manifest names ami-0123456789abcdef0",
    });
  });

  it("counts only the manifest's last run, as the post-processor appends", () => {
    const manifest = JSON.parse(manifestText("success"));
    manifest.builds.unshift({
      ...manifest.builds[0],
      artifact_id: "ap-northeast-1:ami-00000000",
      packer_run_uuid: "old",
    });
    expect(
      amiFromBuild({ exitCode: 0, result: result("success"), manifestText: JSON.stringify(manifest), region }),
    ).toEqual({ ok: true, amiId: "ami-0a1b2c3d4e5f60718" });
  });

  it("refuses a missing or broken manifest", () => {
    expect(amiFromBuild({ exitCode: 0, result: result("success"), manifestText: undefined, region })).toEqual({
      ok: false,
      reason: "packer wrote no manifest (packer-manifest.json)",
    });
    expect(amiFromBuild({ exitCode: 0, result: result("success"), manifestText: "{", region })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^the manifest is not JSON: /),
    });
  });

  it("refuses an AMI in another region or an id that is not an AMI's", () => {
    expect(
      amiFromBuild({
        exitCode: 0,
        result: result("success"),
        manifestText: manifestText("success"),
        region: "ap-northeast-3",
      }),
    ).toEqual({
      ok: false,
      reason:
        "the build's artifact lines: ami-0a1b2c3d4e5f60718 in ap-northeast-1, but the fleet's region is ap-northeast-3",
    });
    const odd = collectBuild([{ timestamp: 1, target: "t", type: "artifact", data: ["0", "id", `${region}:ami-XYZ`] }]);
    expect(amiFromBuild({ exitCode: 0, result: odd, manifestText: undefined, region })).toEqual({
      ok: false,
      reason: 'the build\'s artifact lines: "ami-XYZ" is not an AMI id (ami- and 8 to 17 hex digits)',
    });
  });
});
