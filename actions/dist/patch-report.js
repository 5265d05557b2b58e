// Entry of the patch-report action; index.js loads the chunks its code is in.
import { runAction } from "./index.js";

await runAction("patch-report");
