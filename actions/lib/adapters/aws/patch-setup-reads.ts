import { DescribePatchBaselinesCommand, ListAssociationsCommand, type SSMClient } from "@aws-sdk/client-ssm";

/** The account's patch baseline and State Manager association by name, as doctor reads them. Read-only. */
export interface PatchSetupReads {
  /** The account's own baseline of that name; undefined when there is none. */
  baseline(name: string): Promise<{ id: string; operatingSystem: string } | undefined>;
  /** The association of that name: its document and targets; undefined when there is none. */
  association(name: string): Promise<{ id: string; document: string; targets: Target[] } | undefined>;
}

export interface Target {
  key: string;
  values: string[];
}

export function createPatchSetupReads(ssm: SSMClient): PatchSetupReads {
  return {
    async baseline(name) {
      // The whole name as the prefix: one page holds every match, and the exact name is then picked.
      const answer = await ssm.send(
        new DescribePatchBaselinesCommand({
          Filters: [
            { Key: "NAME_PREFIX", Values: [name] },
            { Key: "OWNER", Values: ["Self"] },
          ],
        }),
      );
      const found = (answer.BaselineIdentities ?? []).find((b) => b.BaselineName === name);
      return found?.BaselineId === undefined
        ? undefined
        : { id: found.BaselineId, operatingSystem: found.OperatingSystem ?? "" };
    },
    async association(name) {
      const answer = await ssm.send(
        new ListAssociationsCommand({ AssociationFilterList: [{ key: "AssociationName", value: name }] }),
      );
      const found = (answer.Associations ?? []).find((a) => a.AssociationName === name);
      if (found?.AssociationId === undefined) return undefined;
      return {
        id: found.AssociationId,
        document: found.Name ?? "",
        targets: (found.Targets ?? []).map((t) => ({ key: t.Key ?? "", values: t.Values ?? [] })),
      };
    },
  };
}
