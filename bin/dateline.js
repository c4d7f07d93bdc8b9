#!/usr/bin/env node
// The installed `dateline` command: runs the compiled CLI (built by `npm ci` via the prepare script).
import { runCli } from "../dist/src/main.js";

process.exitCode = await runCli(process.argv.slice(2));
