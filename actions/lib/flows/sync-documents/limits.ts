/**
 * AWS's limits on what sync-documents sends, as AWS's own API model states them (botocore's service-2.json for SSM:
 * shapes DocumentName, DocumentContent, DocumentParameterType, TargetType, TagKey, TagValue, and the documentation of
 * CreateDocumentRequest's Name and Content). test/unit/sync-documents/limits.test.ts reads that model and requires
 * these values to equal it, so they cannot drift from AWS.
 */
export const documentLimits = {
  /** DocumentName's pattern. */
  namePattern: "^[a-zA-Z0-9_\\-.]{3,128}$",
  /** CreateDocumentRequest.Name: "You can't use the following strings as document name prefixes". */
  reservedNamePrefixes: ["aws", "amazon", "amzn", "AWSEC2", "AWSConfigRemediation", "AWSSupport"],
  /** DocumentContent's min. */
  contentMinLength: 1,
  /** CreateDocumentRequest.Content: "The content of the document must not exceed 64KB". */
  contentMaxBytes: 64 * 1024,
  /** DocumentParameterType's enum: the parameter types a document can declare and DescribeDocument reports. */
  parameterTypes: ["String", "StringList"],
  /** TargetType's pattern and max. */
  targetTypePattern: "^\\/[\\w\\.\\-\\:\\/]*$",
  targetTypeMaxLength: 200,
  /** TagKey and TagValue: lengths and the one pattern both share. */
  tagKeyMaxLength: 128,
  tagValueMaxLength: 256,
  tagPattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
} as const;
