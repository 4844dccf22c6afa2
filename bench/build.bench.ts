/** Task-pane bundle size (built by `npm run build`), minified and gzipped. */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { report } from "./harness";

const file = "dist/taskpane.js";
if (!existsSync(file)) {
  console.log("dist/taskpane.js missing: run `npm run build` first");
} else {
  const bytes = readFileSync(file);
  report("task-pane JavaScript, minified", bytes.length / 1024, "KB");
  report("task-pane JavaScript, gzipped", gzipSync(bytes).length / 1024, "KB", { op: "<", value: 300 });
}
