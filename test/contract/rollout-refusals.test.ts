import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEc2Fleet } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import { createInstanceTagging } from "../../actions/lib/adapters/aws/instance-tagging.js";
import { createSsmCommands } from "../../actions/lib/adapters/aws/ssm-commands.js";
import { realSleep, silentLog, systemClock } from "../../actions/lib/core/ports.js";
import type { Fleet } from "../../actions/lib/core/registry/schema.js";
import { rollout } from "../../actions/lib/flows/rollout/rollout-flow.js";
import { exampleFleet, madeUpClinics, writeWorkspace } from "../e2e/provision-world.js";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { clinic as clinicFixture, noHolidays } from "../unit/rollout/fixtures.js";
import { clientsFor, launchFleet, openPolicy } from "./rollout-world.js";

/**
 * Bad input the registry lets through, or that the fleet's schema refuses, stops the apply with a clear error
 * naming the file, before any SendCommand, tag write or comment: in-process against the local AWS endpoint.
 */
let server: AwsServerHandle;
beforeAll(async () => {
  server = await startAwsServer();
});
afterAll(async () => {
  await server.close();
});

async function apply(rolloutPolicy: Fleet["rollout"], version = "5.2.1", window = "daily 00:00-23:59") {
  server.ec2.reset();
  server.ssm.reset();
  server.ledger.reset();
  server.ssm.seedToolkitDocuments();
  const world = launchFleet(server, { canary: 1, early: 1, general: 1 });
  // Codes from made-up clinics: the registry refuses two clinics with one medical institution code.
  const codes = madeUpClinics(world.clinics.length, world.clinics[0]?.clinic ?? clinicFixture("template").clinic);
  const clinics = world.clinics.map(({ clinic }, i) => ({
    ...clinic,
    medicalInstitutionCode: codes[i]?.medicalInstitutionCode ?? clinic.medicalInstitutionCode,
    prefecture: codes[i]?.prefecture ?? clinic.prefecture,
    orca: { ...clinic.orca, version },
    maintenanceWindow: window,
  }));
  const workspace = await writeWorkspace(clinics, { ...exampleFleet, rollout: rolloutPolicy });
  server.ledger.resetCounts();
  const clients = clientsFor(server);
  const comments: string[] = [];
  const run = rollout(
    {
      aws: () => ({
        fleet: createEc2Fleet(clients.ec2),
        tagging: createInstanceTagging(clients.ec2),
        commands: createSsmCommands({ ssm: clients.ssm, clock: systemClock, sleep: realSleep }),
      }),
      github: {
        pulls: {
          associatedWithCommit: async () => [],
          get: async (n) => {
            throw new Error(`no pull request #${n} here`);
          },
          changedPaths: async () => [],
        },
        firstParentCommits: async () => [],
        findComment: async () => undefined,
        upsertComment: async (_n, _key, body) => {
          comments.push(body);
        },
      },
      log: silentLog,
      clock: systemClock,
      sleep: realSleep,
      holidays: noHolidays,
      writeFile: async () => undefined,
    },
    {
      mode: "apply",
      clinics: join(workspace, "clinics"),
      region: "ap-northeast-1",
      resume: false,
      retryFailed: false,
      timeBudgetMinutes: 5,
      resultsFile: join(workspace, "rollout-results.json"),
    },
    { name: "workflow_dispatch", sha: "0".repeat(40) },
  );
  const settled = await run.then(
    (report) => ({ report, error: undefined }),
    (error: unknown) => ({ report: undefined, error: error instanceof Error ? error.message : String(error) }),
  );
  const counts = server.counts();
  clients.ec2.destroy();
  clients.ssm.destroy();
  // Nothing written anywhere: no command, no tag, no comment.
  expect(counts.SendCommand ?? 0).toBe(0);
  expect(counts.CreateTags ?? 0).toBe(0);
  expect(comments).toEqual([]);
  return { ...settled, refusal: settled.report?.failure ?? settled.error ?? "" };
}

describe("rollout refuses bad input and sends nothing", () => {
  it("a release the orca-update document cannot install", async () => {
    const { report, refusal } = await apply(openPolicy(), "5.2.1-1");
    expect(report?.outputs.status).toBe("refused");
    expect(refusal).toContain("5.2.1-1");
    expect(refusal).toContain("clinics/");
  });

  it("an error budget above the smallest wave", async () => {
    const { refusal } = await apply({ ...openPolicy({ waveSizes: [2] }), errorBudget: 3 });
    expect(refusal).toContain("rollout.errorBudget");
  });

  it("a ring missing from ringOrder", async () => {
    // The registry itself refuses it, before any plan.
    const { refusal } = await apply(openPolicy({ ringOrder: ["canary", "early"] }));
    expect(refusal).toContain('orca.ring: "general"');
  });

  it("a window that never opens before the freeze ends", async () => {
    const allYear = {
      daysOfMonth: false as const,
      holidays: "allow" as const,
      ranges: [{ name: "通年", from: "01-01", to: "12-31" }],
    };
    const { report, refusal } = await apply(openPolicy({ freeze: allYear }));
    expect(report?.outputs.status).toBe("refused");
    expect(refusal).toContain("daily 00:00-23:59");
  });
});
