import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  type SSMClient,
  UnlabelParameterVersionCommand,
} from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { answerOf, errorOf, fieldsOf, ssmOracleForFile } from "./ssm-oracle.js";

/**
 * Parameter Store against moto, the oracle: the same SDK calls to both, comparing error codes, the fields the
 * toolkit reads and the answers' field sets (the local cloud answers at least every field moto does). Left out,
 * because moto differs from AWS there (checked in test/unit/localcloud/ssm instead): aws:ec2:image value checks
 * (moto accepts any value) and the `Selector` field of label/version reads (moto leaves it out).
 */

const oracle = ssmOracleForFile();
const { both } = oracle;

const ami = "ami-0123456789abcdef0";

describe("Parameter Store, local cloud vs moto", () => {
  it("creates, refuses a second create, and versions on overwrite", async () => {
    const put = (c: SSMClient, overwrite?: boolean) =>
      c.send(
        new PutParameterCommand({
          Name: "/fleet/ami",
          Value: ami,
          Type: "String",
          DataType: "aws:ec2:image",
          ...(overwrite ? { Overwrite: true } : {}),
        }),
      );
    const first = await both((c) => put(c));
    expect(answerOf(first.local).Version).toBe(answerOf(first.moto).Version);
    expect(fieldsOf(answerOf(first.local))).toEqual(expect.arrayContaining(fieldsOf(answerOf(first.moto))));
    const again = await both((c) => put(c));
    expect(errorOf(again.local)).toBe("ParameterAlreadyExists");
    expect(errorOf(again.local)).toBe(errorOf(again.moto));
    const second = await both((c) => put(c, true));
    expect(answerOf(second.local).Version).toBe(2);
    expect(answerOf(second.moto).Version).toBe(2);
  });

  it("reads a parameter, a version of it, and misses as moto does", async () => {
    const read = await both((c) => c.send(new GetParameterCommand({ Name: "/fleet/ami" })));
    const [m, l] = [answerOf(read.moto).Parameter, answerOf(read.local).Parameter];
    expect({ Name: l?.Name, Value: l?.Value, Version: l?.Version, Type: l?.Type, DataType: l?.DataType }).toEqual({
      Name: m?.Name,
      Value: m?.Value,
      Version: m?.Version,
      Type: m?.Type,
      DataType: m?.DataType,
    });
    expect(fieldsOf(l)).toEqual(expect.arrayContaining(fieldsOf(m).filter((f) => f !== "Tier")));
    const v1 = await both((c) => c.send(new GetParameterCommand({ Name: "/fleet/ami:1" })));
    expect(answerOf(v1.local).Parameter?.Version).toBe(answerOf(v1.moto).Parameter?.Version);
    for (const name of ["/fleet/missing", "/fleet/ami:9", "/fleet/ami:nolabel"]) {
      const miss = await both((c) => c.send(new GetParameterCommand({ Name: name })));
      expect(errorOf(miss.local), name).toBe(errorOf(miss.moto));
    }
  });

  it("answers GetParameters with InvalidParameters and refuses more than 10 names", async () => {
    const names = ["/fleet/ami", "/fleet/ami:1", "/fleet/missing"];
    const got = await both((c) => c.send(new GetParametersCommand({ Names: names })));
    const summary = (o: typeof got.local) => {
      const v = answerOf(o);
      return {
        found: (v.Parameters ?? []).map((p) => `${p.Name}@${p.Version}`).sort(),
        invalid: [...(v.InvalidParameters ?? [])].sort(),
      };
    };
    expect(summary(got.local)).toEqual(summary(got.moto));
    const eleven = Array.from({ length: 11 }, (_, i) => `/n/${i}`);
    const tooMany = await both((c) => c.send(new GetParametersCommand({ Names: eleven })));
    expect(errorOf(tooMany.local)).toBe("ValidationException");
    expect(errorOf(tooMany.local)).toBe(errorOf(tooMany.moto));
  });

  it("labels versions as moto does: invalid labels returned, labels moved, a missing version refused", async () => {
    const label = await both((c) =>
      c.send(
        new LabelParameterVersionCommand({
          Name: "/fleet/ami",
          ParameterVersion: 1,
          Labels: ["golden", "1st", "awsy"],
        }),
      ),
    );
    expect(answerOf(label.local)).toMatchObject({
      InvalidLabels: answerOf(label.moto).InvalidLabels,
      ParameterVersion: 1,
    });
    const move = await both((c) =>
      c.send(new LabelParameterVersionCommand({ Name: "/fleet/ami", Labels: ["golden"] })),
    );
    expect(answerOf(move.local).ParameterVersion).toBe(answerOf(move.moto).ParameterVersion);
    const byLabel = await both((c) => c.send(new GetParameterCommand({ Name: "/fleet/ami:golden" })));
    expect(answerOf(byLabel.local).Parameter?.Version).toBe(2);
    expect(answerOf(byLabel.moto).Parameter?.Version).toBe(2);
    const missing = await both((c) =>
      c.send(new LabelParameterVersionCommand({ Name: "/fleet/ami", ParameterVersion: 9, Labels: ["x"] })),
    );
    expect(errorOf(missing.local)).toBe("ParameterVersionNotFound");
    expect(errorOf(missing.local)).toBe(errorOf(missing.moto));
    // Eleven labels in one call break the API's own list limit (ValidationException, which moto skips), so the
    // per-version cap is reached over two calls.
    const labelFirst = (c: SSMClient, labels: string[]) =>
      c.send(new LabelParameterVersionCommand({ Name: "/fleet/ami", ParameterVersion: 1, Labels: labels }));
    await both((c) => labelFirst(c, ["a1", "a2", "a3", "a4", "a5", "a6"]));
    const tooMany = await both((c) => labelFirst(c, ["b1", "b2", "b3", "b4", "b5"]));
    expect(errorOf(tooMany.local)).toBe("ParameterVersionLabelLimitExceeded");
    expect(errorOf(tooMany.local)).toBe(errorOf(tooMany.moto));
  });

  it("unlabels a version as moto does: labels it lacks are invalid, a missing version or name refused", async () => {
    const name = "/fleet/unlabel";
    await both((c) => c.send(new PutParameterCommand({ Name: name, Value: ami, Type: "String" })));
    await both((c) => c.send(new PutParameterCommand({ Name: name, Value: ami, Type: "String", Overwrite: true })));
    await both((c) =>
      c.send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: 1, Labels: ["build-1-1", "old"] })),
    );
    await both((c) =>
      c.send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: 2, Labels: ["current"] })),
    );
    const unlabel = (c: SSMClient, version: number, labels: string[]) =>
      c.send(new UnlabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: labels }));
    const removed = await both((c) => unlabel(c, 1, ["build-1-1", "current", "never"]));
    expect(fieldsOf(answerOf(removed.local))).toEqual(expect.arrayContaining(fieldsOf(answerOf(removed.moto))));
    expect(answerOf(removed.local).RemovedLabels).toEqual(answerOf(removed.moto).RemovedLabels);
    expect(answerOf(removed.local).InvalidLabels).toEqual(answerOf(removed.moto).InvalidLabels);
    expect(answerOf(removed.local).RemovedLabels).toEqual(["build-1-1"]);
    const history = await both((c) => c.send(new GetParameterHistoryCommand({ Name: name })));
    const labelsOf = (o: typeof history.local) => answerOf(o).Parameters?.map((p) => [p.Version, p.Labels]);
    expect(labelsOf(history.local)).toEqual(labelsOf(history.moto));
    expect(labelsOf(history.local)).toEqual([
      [1, ["old"]],
      [2, ["current"]],
    ]);
    const missingVersion = await both((c) => unlabel(c, 9, ["old"]));
    expect(errorOf(missingVersion.local)).toBe("ParameterVersionNotFound");
    expect(errorOf(missingVersion.local)).toBe(errorOf(missingVersion.moto));
    const missingName = await both((c) =>
      c.send(
        new UnlabelParameterVersionCommand({ Name: "/fleet/unlabel-missing", ParameterVersion: 1, Labels: ["old"] }),
      ),
    );
    expect(errorOf(missingName.local)).toBe("ParameterNotFound");
    expect(errorOf(missingName.local)).toBe(errorOf(missingName.moto));
  });

  it("pages the history and shows labels", async () => {
    const page = await both((c) => c.send(new GetParameterHistoryCommand({ Name: "/fleet/ami", MaxResults: 1 })));
    const [m, l] = [answerOf(page.moto), answerOf(page.local)];
    expect(l.Parameters?.map((p) => [p.Version, p.Labels])).toEqual(m.Parameters?.map((p) => [p.Version, p.Labels]));
    expect(typeof l.NextToken).toBe(typeof m.NextToken);
    expect(fieldsOf(l.Parameters?.[0])).toEqual(
      expect.arrayContaining(fieldsOf(m.Parameters?.[0]).filter((f) => f !== "Policies")),
    );
    const rest = await both((c) =>
      c.send(
        new GetParameterHistoryCommand({
          Name: "/fleet/ami",
          NextToken: c === oracle.clients.moto ? m.NextToken : l.NextToken,
        }),
      ),
    );
    expect(answerOf(rest.local).Parameters?.map((p) => [p.Version, p.Labels])).toEqual(
      answerOf(rest.moto).Parameters?.map((p) => [p.Version, p.Labels]),
    );
    const missing = await both((c) => c.send(new GetParameterHistoryCommand({ Name: "/fleet/none" })));
    expect(errorOf(missing.local)).toBe(errorOf(missing.moto));
  });

  it("keeps 100 versions and refuses to drop a labelled oldest one, as moto does", async () => {
    const name = "/fleet/many";
    const put = (c: SSMClient, i: number) =>
      c.send(new PutParameterCommand({ Name: name, Value: `v${i}`, Type: "String", Overwrite: true }));
    for (let i = 1; i <= 100; i++) await both((c) => put(c, i));
    const dropped = await both((c) => put(c, 101));
    expect(answerOf(dropped.local).Version).toBe(answerOf(dropped.moto).Version);
    const oldest = await both((c) => c.send(new GetParameterCommand({ Name: `${name}:1` })));
    expect(errorOf(oldest.local)).toBe(errorOf(oldest.moto));
    await both((c) => c.send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: 2, Labels: ["keep"] })));
    const refused = await both((c) => put(c, 102));
    expect(errorOf(refused.local)).toBe("ParameterMaxVersionLimitExceeded");
    expect(errorOf(refused.local)).toBe(errorOf(refused.moto));
  });

  it("refuses reserved names, unknown data types, a missing type and an empty value as moto does", async () => {
    const cases = [
      { Name: "ssm-reserved", Value: "x", Type: "String" as const },
      { Name: "/fleet/typed", Value: "x", Type: "String" as const, DataType: "aws:ec2:Image" },
      { Name: "/fleet/untyped", Value: "x" },
      { Name: "/fleet/empty", Value: "", Type: "String" as const },
    ];
    for (const input of cases) {
      const answer = await both((c) => c.send(new PutParameterCommand(input)));
      expect(errorOf(answer.local), input.Name).toBe("ValidationException");
      expect(errorOf(answer.local), input.Name).toBe(errorOf(answer.moto));
    }
  });
});
