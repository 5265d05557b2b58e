// Entry of the provision action; index.js loads the chunks its code is in.
import { runAction } from "./index.js";

await runAction("provision");
