// The compliance map's pages: docs/compliance.md and the draft サービス仕様適合開示書, both from docs/compliance/map.yml,
// so a map change that is not regenerated fails CI (test/unit/compliance/map.test.ts checks the map against the code).

import { renderDisclosure } from "../compliance/render-disclosure.js";
import { renderCompliancePage } from "../compliance/render-page.js";
import { loadComplianceMap } from "../compliance/schema.js";
import type { GeneratedFile } from "../generate.js";

export const generated: GeneratedFile[] = [
  { path: "docs/compliance.md", render: () => renderCompliancePage(loadComplianceMap()) },
  { path: "docs/compliance/disclosure.md", render: () => renderDisclosure(loadComplianceMap()) },
];
