import { createHash } from "node:crypto";
import type { ToolkitDocumentName } from "../../../../../actions/lib/core/result-line.js";
import { AwsError } from "../../types.js";
import { type DocumentFormat, type ParsedDocument, parseCommandDocument } from "./content.js";

export interface DocumentVersion {
  version: string;
  versionName: string | undefined;
  content: string;
  format: DocumentFormat;
  parsed: ParsedDocument;
  /** SHA-256 of the content, as DescribeDocument's Hash. */
  hash: string;
  created: Date;
  targetType: string | undefined;
  /** Set when the content is one of the toolkit's documents: agents answer it instead of running it. */
  toolkit: ToolkitDocumentName | undefined;
}

export interface DocumentRecord {
  name: string;
  owner: string;
  documentType: "Command";
  displayName: string | undefined;
  defaultVersion: string;
  versions: DocumentVersion[];
  tags: { Key: string; Value: string }[];
}

export interface NewDocument {
  name: string;
  content: string;
  format: DocumentFormat;
  versionName: string | undefined;
  targetType: string | undefined;
  displayName: string | undefined;
  tags: { Key: string; Value: string }[];
}

const namePattern = /^[a-zA-Z0-9_\-.]{3,128}$/;

function doesNotExist(): AwsError {
  return new AwsError("InvalidDocument", "The specified document does not exist.");
}

export class DocumentStore {
  private readonly documents = new Map<string, DocumentRecord>();

  constructor(
    private readonly now: () => Date,
    private readonly accountId: string,
    private readonly recognize: (content: string, format: DocumentFormat) => ToolkitDocumentName | undefined,
  ) {}

  reset(): void {
    this.documents.clear();
  }

  private version(input: Omit<NewDocument, "name" | "tags" | "displayName">, version: string): DocumentVersion {
    return {
      version,
      versionName: input.versionName,
      content: input.content,
      format: input.format,
      parsed: parseCommandDocument(input.content, input.format),
      hash: createHash("sha256").update(input.content).digest("hex"),
      created: this.now(),
      targetType: input.targetType,
      toolkit: this.recognize(input.content, input.format),
    };
  }

  /** Adds a document owned by Amazon (AWS-RunShellScript): no name rules apply. */
  seed(input: NewDocument): DocumentRecord {
    const record: DocumentRecord = {
      name: input.name,
      owner: "Amazon",
      documentType: "Command",
      displayName: input.displayName,
      defaultVersion: "1",
      versions: [this.version(input, "1")],
      tags: [],
    };
    this.documents.set(input.name, record);
    return record;
  }

  create(input: NewDocument): DocumentRecord {
    if (!namePattern.test(input.name) || /^(aws-|amazon|amzn)/i.test(input.name)) {
      throw new AwsError("ValidationException", `Invalid document name ${input.name}`);
    }
    if (this.documents.has(input.name)) {
      throw new AwsError("DocumentAlreadyExists", "The specified document already exists.");
    }
    const record: DocumentRecord = {
      name: input.name,
      owner: this.accountId,
      documentType: "Command",
      displayName: input.displayName,
      defaultVersion: "1",
      versions: [this.version(input, "1")],
      tags: input.tags,
    };
    this.documents.set(input.name, record);
    return record;
  }

  /** UpdateDocument: only against the latest version; identical content to any version is refused. */
  update(input: NewDocument & { documentVersion: string | undefined }): {
    record: DocumentRecord;
    added: DocumentVersion;
  } {
    const record = this.record(input.name);
    if (record.owner === "Amazon")
      throw new AwsError("InvalidDocumentOperation", "You can't update a document owned by Amazon.");
    const latest = record.versions.at(-1);
    if (!latest) throw doesNotExist();
    if (
      input.documentVersion !== undefined &&
      input.documentVersion !== "$LATEST" &&
      input.documentVersion !== latest.version
    ) {
      throw new AwsError("InvalidDocumentVersion", "The document version is not valid or does not exist.");
    }
    if (input.versionName !== undefined && record.versions.some((v) => v.versionName === input.versionName)) {
      throw new AwsError("DuplicateDocumentVersionName", "The specified version name is a duplicate.");
    }
    const added = this.version(input, String(Number(latest.version) + 1));
    if (record.versions.some((v) => v.hash === added.hash)) {
      throw new AwsError(
        "DuplicateDocumentContent",
        "The content of the association document matches another document. Change the content of the document and try again.",
      );
    }
    record.versions.push(added);
    if (input.displayName !== undefined) record.displayName = input.displayName;
    return { record, added };
  }

  record(name: string): DocumentRecord {
    const record = this.documents.get(name);
    if (!record) throw doesNotExist();
    return record;
  }

  /** A version by number, `$LATEST`, `$DEFAULT` or version name; the default version when neither is given. */
  select(name: string, documentVersion: string | undefined, versionName?: string): DocumentVersion {
    const record = this.record(name);
    let found: DocumentVersion | undefined;
    if (versionName !== undefined && documentVersion === undefined) {
      found = record.versions.find((v) => v.versionName === versionName);
    } else {
      const wanted =
        documentVersion === undefined || documentVersion === "$DEFAULT"
          ? record.defaultVersion
          : documentVersion === "$LATEST"
            ? record.versions.at(-1)?.version
            : documentVersion;
      found = record.versions.find((v) => v.version === wanted);
      if (found && versionName !== undefined && found.versionName !== versionName) found = undefined;
    }
    if (!found) throw new AwsError("InvalidDocumentVersion", "The document version is not valid or does not exist.");
    return found;
  }

  setDefault(name: string, documentVersion: string): DocumentRecord {
    const record = this.record(name);
    const chosen = this.select(name, documentVersion);
    record.defaultVersion = chosen.version;
    return record;
  }
}
