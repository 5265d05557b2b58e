import { describe, expect, it } from "vitest";
import { render } from "../../../actions/lib/core/i18n/message.js";
import { amiFromBuild } from "../../../actions/lib/flows/bake-ami/artifact.js";
import { collectBuild } from "../../../actions/lib/flows/bake-ami/build-result.js";
import { parseMachineLine } from "../../../actions/lib/flows/bake-ami/machine-readable.js";
import { manifestText, type StreamName, streamLines } from "./streams.js";

const region = "ap-northeast-1";
/** Why the build is refused, as an English reader sees it (the Japanese text is checked in summary.test.ts). */
function refusal(outcome: ReturnType<typeof amiFromBuild>): string {
  if (outcome.ok) throw new Error(`expected a refusal, got ${outcome.amiId}`);
  return render(outcome.reason, "en");
}
const result = (name: StreamName) => collectBuild(streamLines(name).flatMap((line) => parseMachineLine(line) ?? []));

describe("amiFromBuild", () => {
  it("takes the AMI that the artifact lines and the manifest agree on", () => {
    expect(
      amiFromBuild({ exitCode: 0, result: result("success"), manifestText: manifestText("success"), region }),
    ).toEqual({ ok: true, amiId: "ami-0a1b2c3d4e5f60718" });
  });

  it("refuses a failed build, with Packer's error", () => {
    expect(refusal(amiFromBuild({ exitCode: 1, result: result("failure"), manifestText: undefined, region }))).toBe(
      "packer build failed (exit code 1): amazon-ebs.weborca: Script exited with non-zero exit status: 100.Allowed exit codes are: [0]",
    );
  });

  it("refuses a build that made no artifact", () => {
    expect(refusal(amiFromBuild({ exitCode: 0, result: result("no-artifact"), manifestText: undefined, region }))).toBe(
      "the build's artifact lines: no artifact",
    );
  });

  it("refuses two different AMIs", () => {
    const outcome = amiFromBuild({
      exitCode: 0,
      result: result("two-artifacts"),
      manifestText: manifestText("two-artifacts"),
      region,
    });
    expect(refusal(outcome)).toBe(
      "the build's artifact lines: 2 AMIs (ami-0a1b2c3d4e5f60718, ami-0f9e8d7c6b5a49382), not one",
    );
  });

  it("refuses when the manifest names another AMI than the stream", () => {
    const manifest = manifestText("success").replaceAll("ami-0a1b2c3d4e5f60718", "ami-0123456789abcdef0");
    expect(refusal(amiFromBuild({ exitCode: 0, result: result("success"), manifestText: manifest, region }))).toBe(
      "the artifact lines name ami-0a1b2c3d4e5f60718 but the manifest names ami-0123456789abcdef0",
    );
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
    expect(refusal(amiFromBuild({ exitCode: 0, result: result("success"), manifestText: undefined, region }))).toBe(
      "packer wrote no manifest (packer-manifest.json)",
    );
    expect(refusal(amiFromBuild({ exitCode: 0, result: result("success"), manifestText: "{", region }))).toMatch(
      /^the manifest is not JSON: /,
    );
  });

  it("refuses an AMI in another region or an id that is not an AMI's", () => {
    expect(
      refusal(
        amiFromBuild({
          exitCode: 0,
          result: result("success"),
          manifestText: manifestText("success"),
          region: "ap-northeast-3",
        }),
      ),
    ).toBe(
      "the build's artifact lines: ami-0a1b2c3d4e5f60718 (ap-northeast-1), but the fleet's region is ap-northeast-3",
    );
    const odd = collectBuild([{ timestamp: 1, target: "t", type: "artifact", data: ["0", "id", `${region}:ami-XYZ`] }]);
    expect(refusal(amiFromBuild({ exitCode: 0, result: odd, manifestText: undefined, region }))).toBe(
      'the build\'s artifact lines: "ami-XYZ" is not an AMI id (ami- and 8 to 17 hex digits)',
    );
  });
});
