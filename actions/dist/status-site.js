// Entry of the status-site action; index.js loads the chunks its code is in.
import { runAction } from "./index.js";

await runAction("status-site");
