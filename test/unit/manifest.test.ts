/** manifest.xml validates offline against Microsoft's XSDs, and the validator really rejects a broken one. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { version } from "../../src/version";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

function validate(xml: string): { valid: boolean; errors: string[] } {
  const script = `import(${JSON.stringify(path.join(root, "scripts/manifestSchema.mjs"))})
    .then(async (m) => process.stdout.write(JSON.stringify(await m.validateManifestXml(require("fs").readFileSync(0, "utf8")))))`;
  const result = spawnSync(process.execPath, ["-e", script], { input: xml, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { valid: boolean; errors: string[] };
}

describe("manifest.xml", () => {
  it("is valid against the Office add-in schemas", () => {
    expect(validate(manifest)).toEqual({ valid: true, errors: [] });
  }, 30000);

  it.each(["<ProviderName>ISMS Workbench</ProviderName>", "<Permissions>ReadWriteDocument</Permissions>"])(
    "fails validation without %s",
    (element) => {
      const broken = manifest.replace(element, "");
      expect(broken).not.toEqual(manifest);
      const result = validate(broken);
      expect(result.valid).toBe(false);
      expect(result.errors.join("\n")).toMatch(/not expected|Missing child element/);
    },
    30000,
  );

  it("declares exactly the requirement sets the add-in uses", () => {
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map(
      ([, name, version]) => [name, version],
    );
    // CustomFunctions.Error, as the ISMS.* functions raise it, needs CustomFunctionsRuntime 1.3.
    expect(sets).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.3"],
      ["ExcelApi", "1.9"],
    ]);
    expect(manifest.match(/<Sets\b/g)).toHaveLength(1);
  });

  it("declares a shared runtime, the ISMS namespace and a zh-CN display name", () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/id="Functions.Namespace" DefaultValue="ISMS"/);
    expect(manifest).toMatch(/<Override Locale="zh-CN" Value="ISMS 工作台"\/>/);
  });

  it("carries the product version", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    expect(pkg.version).toBe(version);
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
  });
});
