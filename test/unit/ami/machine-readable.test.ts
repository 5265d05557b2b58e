import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectBuild } from "../../../actions/lib/flows/bake-ami/build-result.js";
import { parseMachineLine, unescapeField } from "../../../actions/lib/flows/bake-ami/machine-readable.js";
import { progressOf } from "../../../actions/lib/flows/bake-ami/progress.js";
import { streamLines } from "./streams.js";

/** Packer's own escaping (packer/ui.go, MachineReadableUi), to check the parser against. */
function escapeField(text: string): string {
  return text.replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\r", "\\r").replaceAll("\n", "\\n");
}

describe("parseMachineLine", () => {
  it("splits a line into timestamp, target, type and unescaped data", () => {
    expect(parseMachineLine("1795607930,,ui,say,==> a: No volumes to clean up%!(PACKER_COMMA) skipping")).toEqual({
      timestamp: 1795607930,
      target: "",
      type: "ui",
      data: ["say", "==> a: No volumes to clean up, skipping"],
    });
    expect(parseMachineLine("1795607931,amazon-ebs.weborca,artifact,0,id,ap-northeast-1:ami-0a1b2c3d")).toMatchObject({
      target: "amazon-ebs.weborca",
      type: "artifact",
      data: ["0", "id", "ap-northeast-1:ami-0a1b2c3d"],
    });
  });

  it("returns undefined for lines not in the machine-readable form", () => {
    expect(parseMachineLine("panic: something")).toBeUndefined();
    expect(parseMachineLine("")).toBeUndefined();
    expect(parseMachineLine("12,x")).toBeUndefined();
  });

  it("gives back every field Packer escaped, whatever it held", () => {
    const field = fc.string({ unit: fc.constantFrom("a", ",", "\n", "\r", " ", "%", "!", "(", ")", "é", "=") });
    fc.assert(
      fc.property(fc.nat(), fc.array(field, { minLength: 1, maxLength: 5 }), (timestamp, data) => {
        // A field that already held Packer's escape text cannot round-trip in Packer either.
        fc.pre(data.every((text) => !text.includes("%!(PACKER_COMMA)")));
        const line = [String(timestamp), "amazon-ebs.x", "ui", ...data.map(escapeField)].join(",");
        expect(parseMachineLine(line)?.data).toEqual(data);
      }),
    );
  });

  it("unescapes newlines in artifact strings", () => {
    expect(unescapeField("AMIs were created:\\nap-northeast-1: ami-1\\n")).toBe(
      "AMIs were created:\nap-northeast-1: ami-1\n",
    );
  });
});

describe("collectBuild", () => {
  const collect = (name: Parameters<typeof streamLines>[0]) =>
    collectBuild(streamLines(name).flatMap((line) => parseMachineLine(line) ?? []));

  it("reads the artifacts of a successful build: the manifest post-processor passes the AMI on, so twice", () => {
    expect(collect("success")).toEqual({
      artifacts: [
        {
          target: "amazon-ebs.weborca",
          index: 0,
          builderId: "mitchellh.amazonebs",
          id: "ap-northeast-1:ami-0a1b2c3d4e5f60718",
        },
        {
          target: "amazon-ebs.weborca",
          index: 1,
          builderId: "mitchellh.amazonebs",
          id: "ap-northeast-1:ami-0a1b2c3d4e5f60718",
        },
      ],
      errors: [],
    });
  });

  it("reads a failed build's error", () => {
    expect(collect("failure")).toEqual({
      artifacts: [],
      errors: [
        {
          target: "amazon-ebs.weborca",
          message: "Script exited with non-zero exit status: 100.Allowed exit codes are: [0]",
        },
      ],
    });
  });

  it("finds no artifact where none was made", () => {
    expect(collect("no-artifact")).toEqual({ artifacts: [], errors: [] });
  });
});

describe("progressOf", () => {
  const events = streamLines("success").flatMap((line) => progressOf(parseMachineLine(line), line));

  it("opens a group per step and keeps the step's messages in it", () => {
    const steps = events.filter((event) => event.kind === "step");
    expect(steps).toContainEqual({
      kind: "step",
      title: "amazon-ebs.weborca: Provisioning with shell script: packer/scripts/20-weborca.sh",
    });
    const at = events.findIndex((event) => event.kind === "step" && event.title.endsWith("20-weborca.sh"));
    expect(events[at + 1]).toEqual({
      kind: "line",
      text: "    amazon-ebs.weborca: installed jma-receipt-weborca 1:5.2.0-1",
    });
  });

  it("shows artifacts as text with their newlines and commas restored", () => {
    expect(events).toContainEqual({
      kind: "line",
      text: "--> amazon-ebs.weborca: AMIs were created:\nap-northeast-1: ami-0a1b2c3d4e5f60718",
    });
    expect(events).toContainEqual({ kind: "step", title: "amazon-ebs.weborca: No volumes to clean up, skipping" });
  });

  it("turns a build's error line into an error", () => {
    const failure = streamLines("failure").flatMap((line) => progressOf(parseMachineLine(line), line));
    expect(failure.filter((event) => event.kind === "error")).toEqual([
      {
        kind: "error",
        text: "amazon-ebs.weborca: Script exited with non-zero exit status: 100.Allowed exit codes are: [0]",
      },
    ]);
  });

  it("passes stray output through and drops blank lines", () => {
    expect(progressOf(undefined, "plugin says hi")).toEqual([{ kind: "line", text: "plugin says hi" }]);
    expect(progressOf(parseMachineLine("1,,ui,say,"), "1,,ui,say,")).toEqual([]);
  });
});
