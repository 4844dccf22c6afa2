/**
 * Writes dist/functions.zh-CN.json: the custom-function metadata that webpack's
 * CustomFunctionsMetadataPlugin generated from the JSDoc (dist/functions.json), with every description
 * taken from the zh-CN function messages (`<ID>: { description, params: { <param>: text } }`, in
 * src/i18n/zh-CN/functionMeta.ts) compiled to lib/i18n/functionMessages.js by `npm run build:cli`.
 * Exits 1, naming each function and parameter, when a translation is missing.
 * Usage: node scripts/localizeFunctions.mjs [distDir] [libDir]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const distDir = path.resolve(process.argv[2] ?? "dist");
const libDir = path.resolve(process.argv[3] ?? "lib");
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`localizeFunctions: ${message}`);
  process.exit(1);
}

let metadata;
try {
  metadata = JSON.parse(readFileSync(path.join(distDir, "functions.json"), "utf8"));
} catch (error) {
  fail(`cannot read ${path.join(distDir, "functions.json")} (run webpack first): ${error.message}`);
}

const messagesFile = path.join(libDir, "i18n", "functionMessages.js");
let zh;
try {
  zh = require(messagesFile).functionMessages("zh-CN");
} catch (error) {
  fail(`cannot load ${messagesFile} (run build:cli first): ${error.message}`);
}

const missing = [];
const functions = metadata.functions.map((fn) => {
  const meta = Object.hasOwn(zh, fn.id) ? zh[fn.id] : undefined;
  if (!meta?.description) missing.push(`${fn.id}: description`);
  const parameters = (fn.parameters ?? []).map((parameter) => {
    const text = meta?.params?.[parameter.name];
    if (!text) missing.push(`${fn.id}: parameter ${parameter.name}`);
    return { ...parameter, description: text ?? parameter.description };
  });
  return { ...fn, description: meta?.description ?? fn.description, parameters };
});

if (missing.length > 0) {
  fail(`no zh-CN translation for\n  ${missing.join("\n  ")}\n(add it to src/i18n/zh-CN/functionMeta.ts)`);
}
const out = path.join(distDir, "functions.zh-CN.json");
writeFileSync(out, `${JSON.stringify({ ...metadata, functions }, null, 4)}\n`);
console.log(`localizeFunctions: ${functions.length} functions → ${path.relative(process.cwd(), out)}`);
