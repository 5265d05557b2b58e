// The toolkit's SSM documents are assembled from their scripts; see ssm-documents/src/.
export { generated } from "../../ssm-documents/src/generate.js";
