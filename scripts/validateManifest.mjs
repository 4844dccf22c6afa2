/** npm run validate: manifest.xml (and dist/manifest.xml when built) against the Office XSDs, offline. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { validateManifestXml } from "./manifestSchema.mjs";

const targets = ["manifest.xml", "dist/manifest.xml"].filter((file) => existsSync(file));
let failed = false;
for (const file of targets) {
  const { valid, errors } = await validateManifestXml(await readFile(file, "utf8"), file);
  if (valid) {
    console.log(`${file}: valid`);
  } else {
    failed = true;
    console.error(`${file}: INVALID`);
    for (const error of errors) console.error(`  ${error}`);
  }
}
process.exit(failed ? 1 : 0);
