/** Every PortError code has a message in both languages, naming the sheet where it has one. */
import { LANGS, t, type Key } from "../../src/i18n";
import type { PortErrorCode } from "../../src/workbook/port";

// Compile-time: a PortErrorCode without a message key, or a key without a message, fails to compile here
// (`satisfies` checks the object against every code; no cast can hide a missing one).
const MESSAGE_OF = {
  "port.sheetExists": "port.sheetExists",
  "port.sheetProtected": "port.sheetProtected",
  "port.cellEditMode": "port.cellEditMode",
  "port.requestTooLarge": "port.requestTooLarge",
  "port.sheetMissing": "port.sheetMissing",
  "port.notAWorkbook": "port.notAWorkbook",
  "port.fileMissing": "port.fileMissing",
  "port.unknown": "port.unknown",
} as const satisfies Record<PortErrorCode, Key>;

// The check can fail: a map missing a code does not compile (typecheck would report an unused directive otherwise).
// @ts-expect-error "port.sheetExists" and the others are missing
const _partial = { "port.unknown": "port.unknown" } as const satisfies Record<PortErrorCode, Key>;

const CODES = Object.keys(MESSAGE_OF) as (keyof typeof MESSAGE_OF)[];

describe("port messages", () => {
  const rows = LANGS.flatMap((lang) => CODES.map((code) => ({ lang, code })));
  it.each(rows)("$lang has a message for $code", ({ lang, code }) => {
    const text = t(lang, MESSAGE_OF[code], { sheet: "风险评估表", detail: "X" });
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
