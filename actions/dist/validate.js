// Entry of the validate action; index.js loads the chunks its code is in.
import { runAction } from "./index.js";

await runAction("validate");
