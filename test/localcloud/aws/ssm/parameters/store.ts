import { AwsError } from "../../types.js";

/** Parameter Store's rules, as AWS documents them: 100 versions, 10 labels a version, label and name syntax. */
export const maxVersions = 100;
export const maxLabelsPerVersion = 10;

export type ParameterType = "String" | "StringList" | "SecureString";
export type ParameterDataType = "text" | "aws:ec2:image" | "aws:ssm:integration";

export interface ParameterVersion {
  name: string;
  type: ParameterType;
  value: string;
  version: number;
  labels: string[];
  lastModified: Date;
  dataType: ParameterDataType;
  description: string | undefined;
  allowedPattern: string | undefined;
  keyId: string | undefined;
  tier: "Standard" | "Advanced" | "Intelligent-Tiering";
}

export interface PutRequest {
  name: string;
  value: string;
  type: ParameterType | undefined;
  overwrite: boolean;
  dataType: ParameterDataType | undefined;
  description: string | undefined;
  allowedPattern: string | undefined;
  keyId: string | undefined;
  tier: ParameterVersion["tier"] | undefined;
  hasTags: boolean;
}

/** A name with one leading slash and no other is the same parameter without it, as AWS (and moto) treat it. */
export function normalizeName(name: string): string {
  const stripped = name.startsWith("/") ? name.slice(1) : name;
  return stripped.includes("/") ? name : stripped;
}

// An AMI id as EC2 prints it: 8 or 17 hex digits.
const amiPattern = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/;

/** AWS's label syntax; labels that break it come back in InvalidLabels rather than failing the call. */
export function labelIsValid(label: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(label) && !/^[0-9]/.test(label) && !/^(aws|ssm)/i.test(label);
}

function checkName(name: string): void {
  const bare = name.toLowerCase().replace(/^\//, "");
  if (bare.startsWith("aws") || bare.startsWith("ssm")) {
    if (name.toLowerCase().startsWith("/aws/") && name.split("/").length > 2) {
      throw new AwsError("AccessDeniedException", `No access to reserved parameter name: ${name}.`);
    }
    throw new AwsError(
      "ValidationException",
      `Parameter name: can't be prefixed with "aws" or "ssm" (case-insensitive).`,
    );
  }
  if (!/^[A-Za-z0-9_.\-/]+$/.test(name) || name.length > 2048) {
    throw new AwsError(
      "ValidationException",
      "Parameter name: must be a fully qualified name of at most 2048 characters; letters, numbers and . - _ /.",
    );
  }
  if (name.split("/").length - 1 > 15) {
    throw new AwsError("HierarchyLevelLimitExceededException", "A hierarchy can have a maximum of 15 levels.");
  }
}

export class ParameterStore {
  private readonly parameters = new Map<string, ParameterVersion[]>();

  constructor(private readonly now: () => Date) {}

  reset(): void {
    this.parameters.clear();
  }

  history(name: string): ParameterVersion[] {
    const versions = this.parameters.get(normalizeName(name));
    if (!versions) throw new AwsError("ParameterNotFound", `Parameter ${name} not found.`);
    return versions;
  }

  put(request: PutRequest): ParameterVersion {
    const name = normalizeName(request.name);
    checkName(request.name);
    if (request.overwrite && request.hasTags) {
      throw new AwsError(
        "ValidationException",
        "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag.",
      );
    }
    const versions = this.parameters.get(name) ?? [];
    const previous = versions.at(-1);
    if (previous && !request.overwrite) {
      throw new AwsError(
        "ParameterAlreadyExists",
        "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.",
      );
    }
    const type = request.type ?? previous?.type;
    if (type === undefined) {
      throw new AwsError("ValidationException", "A parameter type is required when you create a parameter.");
    }
    const dataType = request.dataType ?? previous?.dataType ?? "text";
    if (dataType === "aws:ec2:image" && !amiPattern.test(request.value)) {
      throw new AwsError(
        "ValidationException",
        `Parameter value, ${request.value}, is not a valid AMI ID for the data type aws:ec2:image. Use the format ami-12345abcdeEXAMPLE.`,
      );
    }
    const allowedPattern = request.allowedPattern ?? previous?.allowedPattern;
    if (allowedPattern !== undefined && !new RegExp(allowedPattern).test(request.value)) {
      throw new AwsError(
        "ParameterPatternMismatchException",
        `Parameter value, cannot be validated against allowedPattern: ${allowedPattern}`,
      );
    }
    if (versions.length >= maxVersions) {
      const oldest = versions[0];
      if (oldest && oldest.labels.length > 0) {
        throw new AwsError(
          "ParameterMaxVersionLimitExceeded",
          `You attempted to create a new version of ${name} by calling the PutParameter API with the overwrite flag. Version ${oldest.version}, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.`,
        );
      }
      versions.shift();
    }
    const created: ParameterVersion = {
      name,
      type,
      value: request.value,
      version: (previous?.version ?? 0) + 1,
      labels: [],
      lastModified: this.now(),
      dataType,
      description: request.description ?? previous?.description,
      allowedPattern,
      keyId: type === "SecureString" ? (request.keyId ?? previous?.keyId ?? "alias/aws/ssm") : undefined,
      tier: request.tier ?? previous?.tier ?? "Standard",
    };
    versions.push(created);
    this.parameters.set(name, versions);
    return created;
  }

  /** `name`, `name:version` or `name:label`, as GetParameter and GetParameters accept them. */
  get(selector: string): ParameterVersion {
    const [rawName = "", qualifier, ...rest] = selector.split(":");
    const versions = this.parameters.get(normalizeName(rawName));
    if (!versions || rest.length > 0) throw new AwsError("ParameterNotFound", `Parameter ${selector} not found.`);
    if (qualifier === undefined) {
      const latest = versions.at(-1);
      if (!latest) throw new AwsError("ParameterNotFound", `Parameter ${selector} not found.`);
      return latest;
    }
    if (/^[0-9]+$/.test(qualifier)) {
      const found = versions.find((v) => v.version === Number(qualifier));
      if (!found) {
        throw new AwsError(
          "ParameterVersionNotFound",
          `Systems Manager could not find version ${qualifier} of ${rawName}. Verify the version and try again.`,
        );
      }
      return found;
    }
    const labelled = versions.find((v) => v.labels.includes(qualifier));
    if (!labelled) throw new AwsError("ParameterNotFound", `Parameter ${selector} not found.`);
    return labelled;
  }

  /** Moves each valid label onto the version; invalid labels are returned, not refused. */
  label(name: string, version: number | undefined, labels: string[]): { invalid: string[]; version: number } {
    const versions = this.history(name);
    const target = versionOf(name, versions, version ?? versions.at(-1)?.version ?? 0);
    checkLabelLengths(labels);
    const invalid = labels.filter((l) => !labelIsValid(l));
    const valid = [...new Set(labels.filter(labelIsValid))];
    const added = valid.filter((l) => !target.labels.includes(l));
    if (target.labels.length + added.length > maxLabelsPerVersion) {
      throw new AwsError(
        "ParameterVersionLabelLimitExceeded",
        "A parameter version can have maximum 10 labels. Move one or more labels to another version and try again.",
      );
    }
    for (const other of versions) {
      if (other !== target) other.labels = other.labels.filter((l) => !valid.includes(l));
    }
    target.labels.push(...added);
    return { invalid, version: target.version };
  }

  /** Takes labels off one version; labels that version does not carry come back as invalid, not refused. */
  unlabel(name: string, version: number, labels: string[]): { removed: string[]; invalid: string[] } {
    const target = versionOf(name, this.history(name), version);
    checkLabelLengths(labels);
    const removed = [...new Set(labels.filter((l) => target.labels.includes(l)))];
    const invalid = [...new Set(labels.filter((l) => !removed.includes(l)))];
    target.labels = target.labels.filter((l) => !removed.includes(l));
    return { removed, invalid };
  }
}

function versionOf(name: string, versions: readonly ParameterVersion[], version: number): ParameterVersion {
  const found = versions.find((v) => v.version === version);
  if (!found) {
    throw new AwsError(
      "ParameterVersionNotFound",
      `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`,
    );
  }
  return found;
}

function checkLabelLengths(labels: readonly string[]): void {
  for (const label of labels) {
    if (label.length > 100) {
      throw new AwsError(
        "ValidationException",
        `1 validation error detected: Value '[${label}]' at 'labels' failed to satisfy constraint: Member must have length less than or equal to 100`,
      );
    }
  }
}
