/**
 * npm run demo: builds what is missing or stale, writes a sample ISMS workbook in Chinese and in English
 * through the real command (`isms new --sample`), summarises what it wrote, and says how to sideload
 * the add-in.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "lib/cli/main.js");
const manifest = path.join(root, "dist/manifest.xml");
const SOURCES = ["cli", "xlsx", "operations", "workbook", "domain", "i18n"].map((dir) =>
  path.join(root, "src", dir),
);

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stale = !existsSync(cli) || statSync(cli).mtimeMs < Math.max(...SOURCES.map(newestMtime));
if (stale || !existsSync(manifest)) {
  console.log("Building (lib/ or dist/ is missing or older than src/) ...");
  run("npm", ["run", "--silent", "build"]);
}

const require = createRequire(import.meta.url);
const { XlsxSnapshotReader } = require(path.join(root, "lib/xlsx/index.js"));
const { readWorkbook } = require(path.join(root, "lib/operations/readWorkbook.js"));
const { gapReportOf } = require(path.join(root, "lib/operations/scoreGap.js"));
const { soaPreviewOf } = require(path.join(root, "lib/operations/generateSoa.js"));
const { readinessOf } = require(path.join(root, "lib/operations/checkReadiness.js"));

/** What the file reads back as: the records a consultant would see, and whether the metadata is there. */
async function summarise(file) {
  const port = await XlsxSnapshotReader.open(path.join(root, file));
  const parsed = await readWorkbook(port);
  const snapshot = await port.read({ formulas: true });
  const { metadata } = snapshot;
  const soa = soaPreviewOf(snapshot, parsed, { lang: "en" });
  const size = (statSync(path.join(root, file)).size / 1024).toFixed(0);
  const { overall } = gapReportOf(parsed).scores;
  const percent = (value) => (value === null ? "—" : `${Math.round(value * 100)}%`);
  const today = new Date().toISOString().slice(0, 10);
  const readiness = readinessOf(snapshot, { today, lang: "en" });
  const ready = readiness.items.filter((item) => item.status === "ready").length;
  console.log(
    `  read back: ${parsed.assets.length} assets, ${parsed.threats.length} threats, ` +
      `${parsed.vulnerabilities.length} vulnerabilities, ${parsed.risks.length} risks, ` +
      `${parsed.treatments.length} treatments; metadata ${metadata ? "present" : "missing"}; ${size} KB` +
      `\n  gap analysis: ${percent(overall.score)} of the scale's maximum against a target of ` +
      `${percent(overall.target)} (${overall.rated} of ${overall.total} requirements rated)` +
      `\n  SoA: ${soa.counts.applicable} controls applicable, ${soa.counts.excluded} excluded, ` +
      `${soa.counts.undecided} not decided; ${soa.conflicts.length} conflicts and ` +
      `${soa.missingJustifications.length} exclusion without a justification for the SoA panel or ` +
      `\`isms soa ${file}\` to report` +
      `\n  certification readiness: ${percent(readiness.score)}, ${ready} of 16 items ready; blocking: ` +
      `${readiness.blockers.map((blocker) => blocker.id).join(", ")} (\`isms readiness ${file}\` names each ` +
      `with its cell)\n`,
  );
}

for (const lang of ["zh-CN", "en"]) {
  const file = path.join("out", `isms-demo.${lang}.xlsx`);
  run(process.execPath, [cli, "new", file, "--lang", lang, "--sample", "--force"]);
  await summarise(file);
}

console.log(`
Open the workbooks in Excel, WPS or LibreOffice: they compute with native formulas, no add-in needed.

Sideload the add-in (manifest: dist/manifest.xml):
  Excel on Windows or Mac:  npm run dev-server   (leave it running), then in a second terminal
                            npm start            (opens Excel with the add-in sideloaded)
  Excel on the web:         npm run dev-server, then in a workbook choose
                            Home → Add-ins → More Settings → Upload My Add-in, and pick dist/manifest.xml
`);
