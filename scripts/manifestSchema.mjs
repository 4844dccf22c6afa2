/** Validates an Office add-in manifest against Microsoft's XSDs (shared office-schemas), offline. */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const schemaDir = path.resolve(root, "..", "shared", "office-schemas");
const mainSchema = "OfficeAppManifestV1_1.xsd";

/** @returns {Promise<{valid: boolean, errors: string[]}>} */
export async function validateManifestXml(xml, fileName = "manifest.xml") {
  const files = (await readdir(schemaDir)).filter((name) => name.endsWith(".xsd"));
  const load = async (name) => ({
    fileName: name,
    contents: await readFile(path.join(schemaDir, name), "utf8"),
  });
  const schema = await load(mainSchema);
  const preload = await Promise.all(files.filter((name) => name !== mainSchema).map(load));
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage ?? String(error)) };
}
