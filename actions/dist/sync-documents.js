// Entry of the sync-documents action; the code is in index.js, shared by every action.
import { runAction } from "./index.js";

await runAction("sync-documents");
