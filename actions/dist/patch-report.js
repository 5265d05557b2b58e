// Entry of the patch-report action; the code is in index.js, shared by every action.
import { runAction } from "./index.js";

await runAction("patch-report");
