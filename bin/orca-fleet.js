#!/usr/bin/env node
// The operator CLI runs from the committed bundle, the same code the actions run.
import { cli } from "../actions/dist/index.js";

process.exitCode = await cli(process.argv.slice(2));
