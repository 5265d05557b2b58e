import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import { repoPath } from "./params.js";

export function repositoryRoutes(shapes: Shapes): Route[] {
  return [{ method: "GET", template: repoPath, handle: () => ({ status: 200, body: shapes.repository() }) }];
}
