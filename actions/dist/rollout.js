// Entry of the rollout action; the code is in index.js, shared by every action.
import { runAction } from "./index.js";

await runAction("rollout");
