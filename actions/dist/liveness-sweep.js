// Entry of the liveness-sweep action; the code is in index.js, shared by every action.
import { runAction } from "./index.js";

await runAction("liveness-sweep");
