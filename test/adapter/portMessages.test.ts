/** Every PortError code has a message in both languages, naming the sheet where it has one. */
import { LANGS, t, type Key } from "../../src/i18n";
import type { PortErrorCode } from "../../src/workbook/port";

const CODES: readonly (PortErrorCode & Key)[] = [
  "port.sheetExists",
  "port.sheetProtected",
  "port.cellEditMode",
  "port.requestTooLarge",
  "port.sheetMissing",
  "port.notAWorkbook",
  "port.fileMissing",
  "port.unknown",
];

// Compile-time: a PortErrorCode without a message key fails here.
const everyCodeIsAKey: Record<PortErrorCode, Key> = Object.fromEntries(
  CODES.map((code) => [code, code]),
) as Record<PortErrorCode, Key>;

describe("port messages", () => {
  const rows = LANGS.flatMap((lang) => CODES.map((code) => ({ lang, code })));
  it.each(rows)("$lang has a message for $code", ({ lang, code }) => {
    const text = t(lang, everyCodeIsAKey[code], { sheet: "风险评估表", detail: "X" });
    expect(text).not.toBe(code);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it.each(LANGS)("%s names the sheet in port.sheetExists", (lang) => {
    expect(t(lang, "port.sheetExists", { sheet: "风险评估表" })).toContain("风险评估表");
  });

  it("words the Chinese messages differently from the English ones", () => {
    expect(CODES.filter((code) => t("zh-CN", code) === t("en", code))).toEqual([]);
  });
});
