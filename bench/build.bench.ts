/**
 * Task-pane bundle size (built by `npm run build`), minified and gzipped: what the pane loads before its
 * first render (taskpane.js), and with every lazily loaded chunk (the panels and the workbook model).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { report } from "./harness";

const dist = "dist";
const entry = path.join(dist, "taskpane.js");
if (!existsSync(entry)) {
  console.log("dist/taskpane.js missing: run `npm run build` first");
} else {
  const chunks = readdirSync(dist).filter((name) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(name));
  const first = readFileSync(entry);
  const all = Buffer.concat([first, ...chunks.map((name) => readFileSync(path.join(dist, name)))]);
  report("task-pane JavaScript before first render, minified", first.length / 1024, "KB");
  report("task-pane JavaScript before first render, gzipped", gzipSync(first).length / 1024, "KB", {
    op: "<",
    value: 300,
  });
  report(
    `task-pane JavaScript with ${chunks.length} lazy chunks, gzipped`,
    gzipSync(all).length / 1024,
    "KB",
    {
      op: "<",
      value: 300,
    },
  );
}
