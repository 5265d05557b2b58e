import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
  UnlabelParameterVersionCommand,
} from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createParameterStore } from "../../../actions/lib/adapters/aws/parameter-store.js";
import type { CommandRunner } from "../../../actions/lib/adapters/process/command-runner.js";
import { MessageError, render } from "../../../actions/lib/core/i18n/message.js";
import { type Log, silentLog } from "../../../actions/lib/core/ports.js";
import { type BakeRequest, bake } from "../../../actions/lib/flows/bake-ami/bake.js";
import { note } from "../../../actions/lib/flows/bake-ami/messages.js";
import { manifestText, type StreamName, streamLines } from "./streams.js";

const ssmMock = mockClient(SSMClient);
// Unit files share a worker's modules (vitest.config.ts): the next file must get SSMClient's own send back.
afterAll(() => ssmMock.restore());
const work = mkdtempSync(join(tmpdir(), "bake-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const request: BakeRequest = {
  templateDir: work,
  region: "ap-northeast-1",
  parameter: "/orca-fleet/golden-ami",
  currentLabel: "current",
  buildLabel: "build-42-1",
  keepBuilds: 5,
  sourceCommit: "0123456789abcdef0123456789abcdef01234567",
  manifestPath: join(work, "packer-manifest.json"),
};

/** Plays back a recorded stream as packer would, writing its manifest; records the commands run. */
function packer(stream: StreamName, initCode = 0): { run: CommandRunner; commands: string[] } {
  const commands: string[] = [];
  const run: CommandRunner = async (command, args, options) => {
    commands.push([command, ...args].join(" "));
    if (args[0] === "init") return initCode;
    for (const line of streamLines(stream)) options.onLine(line);
    if (stream === "success") writeFileSync(request.manifestPath, manifestText("success"));
    return stream === "failure" ? 1 : 0;
  };
  return { run, commands };
}

const log: Log = silentLog;

/** Versions 1..count, each labelled by its build, `current` on the newest. */
function history(count: number, currentOn = count) {
  return Array.from({ length: count }, (_, index) => ({
    Name: request.parameter,
    Version: index + 1,
    Value: "ami-0f9e8d7c6b5a49382",
    Labels: [`build-${index + 1}-1`, ...(index + 1 === currentOn ? ["current"] : [])],
  }));
}

beforeEach(() => {
  ssmMock.reset();
  rmSync(request.manifestPath, { force: true });
  ssmMock.on(PutParameterCommand).resolves({ Version: 96 });
  ssmMock.on(LabelParameterVersionCommand).resolves({ InvalidLabels: [], ParameterVersion: 96 });
  ssmMock.on(UnlabelParameterVersionCommand).resolves({ RemovedLabels: [], InvalidLabels: [] });
});

describe("bake", () => {
  it("takes old build labels off before writing, then labels the new version", async () => {
    ssmMock.on(GetParameterHistoryCommand).resolves({ Parameters: history(95) });
    const outcome = await bake(
      {
        parameters: createParameterStore(new SSMClient({ region: "ap-northeast-1" })),
        runPacker: packer("success").run,
        log,
      },
      request,
    );
    expect(outcome).toEqual({
      status: "baked",
      amiId: "ami-0a1b2c3d4e5f60718",
      version: 96,
      labels: ["build-42-1", "current"],
      previous: { version: 95, value: "ami-0f9e8d7c6b5a49382", labels: ["build-95-1", "current"] },
      pruned: [1, 2, 3, 4, 5].map((version) => ({ version, labels: [`build-${version}-1`] })),
      historySize: 96,
    });
    const calls = ssmMock.calls().map((call) => call.args[0].constructor.name);
    expect(calls.filter((name) => name !== "GetParameterHistoryCommand")).toEqual([
      ...Array(5).fill("UnlabelParameterVersionCommand"),
      "PutParameterCommand",
      "LabelParameterVersionCommand",
    ]);
    expect(ssmMock.commandCalls(PutParameterCommand)[0]?.args[0].input).toMatchObject({
      Name: request.parameter,
      Value: "ami-0a1b2c3d4e5f60718",
      Type: "String",
      DataType: "aws:ec2:image",
      Overwrite: true,
    });
  });

  it("refuses before building when the oldest of 100 versions holds current", async () => {
    ssmMock.on(GetParameterHistoryCommand).resolves({ Parameters: history(100, 1) });
    const runner = packer("success");
    const outcome = await bake(
      { parameters: createParameterStore(new SSMClient({ region: "ap-northeast-1" })), runPacker: runner.run, log },
      request,
    );
    expect(outcome).toMatchObject({
      status: "refused",
      reason: note("historyBlocked", {
        version: 1,
        count: 100,
        labels: "build-1-1, current",
        currentLabel: "current",
      }),
    });
    expect(runner.commands).toEqual([]);
    expect(ssmMock.commandCalls(PutParameterCommand)).toEqual([]);
  });

  it("stops when packer init fails, writing nothing", async () => {
    ssmMock.on(GetParameterHistoryCommand).resolves({ Parameters: [] });
    const runner = packer("success", 1);
    const outcome = await bake(
      { parameters: createParameterStore(new SSMClient({ region: "ap-northeast-1" })), runPacker: runner.run, log },
      request,
    );
    expect(outcome).toEqual({ status: "refused", reason: note("packerInitFailed", { exitCode: 1 }) });
    expect(runner.commands).toEqual(["packer init ."]);
    expect(ssmMock.commandCalls(PutParameterCommand)).toEqual([]);
  });

  it("passes the fleet's region, the commit and the manifest path to packer build", async () => {
    ssmMock.on(GetParameterHistoryCommand).resolves({ Parameters: [] });
    const runner = packer("success");
    await bake(
      { parameters: createParameterStore(new SSMClient({ region: "ap-northeast-1" })), runPacker: runner.run, log },
      request,
    );
    expect(runner.commands[1]).toBe(
      `packer build -machine-readable -var region=ap-northeast-1 -var source_commit=${request.sourceCommit} -var manifest_path=${request.manifestPath} .`,
    );
  });

  it("fails in the fleet's locale when Parameter Store refuses the new version's labels", async () => {
    ssmMock.on(GetParameterHistoryCommand).resolves({ Parameters: [] });
    ssmMock.on(LabelParameterVersionCommand).resolves({ InvalidLabels: ["build-42-1"], ParameterVersion: 96 });
    const failure = await bake(
      {
        parameters: createParameterStore(new SSMClient({ region: "ap-northeast-1" })),
        runPacker: packer("success").run,
        log,
      },
      request,
    ).catch((error: unknown) => error);
    if (!(failure instanceof MessageError)) throw new Error(`expected a MessageError, got ${String(failure)}`);
    expect(render(failure.shown, "en")).toMatch(
      /^Parameter Store refused to put build-42-1 on \/orca-fleet\/golden-ami version 96: /,
    );
    expect(render(failure.shown, "ja")).toMatch(
      /^Parameter Store が \/orca-fleet\/golden-ami バージョン 96 のラベル build-42-1 を受け付けませんでした。/,
    );
  });
});
