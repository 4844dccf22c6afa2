/** Readiness in words: every reason's message in both languages, with the consultant's vocabulary. */
import {
  READINESS_ITEMS,
  readinessItemTitle,
  readinessReasonMessage,
  readinessStatusLabel,
  type ReadinessReason,
} from "../../../src/domain/readiness";
import { LANGS, messages } from "../../../src/i18n";

/** Every "a.b.c" path to a string leaf of a message tree, with its text. */
function leaves(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, node]) =>
    leaves(node, prefix ? `${prefix}.${key}` : key),
  );
}

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))].sort();

const codes = leaves(messages("en").readiness.reason).map(([code]) => code);

describe("reason messages", () => {
  it("has reason codes for every item", () => {
    for (const key of ["roles", "scope", "policy", "soa", "documents", "records", "correction", "laws"]) {
      expect(codes).toContain(`${key}.missing`);
    }
    expect(codes.length).toBeGreaterThan(60);
  });

  it.each(codes)("gives %s the same placeholders in Chinese as in English", (code) => {
    const [en, zh] = LANGS.map((lang) => readinessReasonMessage({ code, params: {} }, lang));
    expect(en).not.toBe(`readiness.reason.${code}`);
    // A wrapped finding is the treatment validation's own message, translated there.
    if (!code.endsWith(".finding")) expect(zh).not.toBe(en);
    expect(placeholders(zh ?? "")).toEqual(placeholders(en ?? ""));
  });

  it("falls back to the code for a reason without a message, so a missing one stands out", () => {
    expect(readinessReasonMessage({ code: "no.such.reason", params: {} }, "zh-CN")).toBe(
      "readiness.reason.no.such.reason",
    );
  });

  it("names a row without an id by its number", () => {
    const reason: ReadinessReason = {
      code: "records.owner.missing",
      sheet: "记录清单",
      cell: "E7",
      params: { row: 7 },
    };
    expect(readinessReasonMessage(reason, "zh-CN")).toBe("记录第 7 行没有保管人。请填写保管人。");
    expect(readinessReasonMessage(reason, "en")).toBe("Record row 7 has no owner. Enter who keeps it.");
  });

  it("names a required document by its title in the language", () => {
    const reason: ReadinessReason = {
      code: "documents.required.missing",
      sheet: "文件清单",
      cell: "A1",
      params: { required: "soa", clause: "6.1.3 d)", number: "ISMS-D-05" },
    };
    expect(readinessReasonMessage(reason, "zh-CN")).toBe(
      "文件清单中没有适用性声明（条款 6.1.3 d)）。请增加该文件，并在条款栏填写 6.1.3 d)（建议编号 ISMS-D-05）。",
    );
    expect(readinessReasonMessage(reason, "en")).toMatch(
      /^The document list has no Statement of Applicability \(clause 6\.1\.3 d\)\)/,
    );
  });

  it("writes what a Chinese consultant writes", () => {
    const reason: ReadinessReason = {
      code: "soa.planned.afterAudit",
      sheet: "适用性声明",
      cell: "E9",
      params: { row: 9, controlId: "8.8", plannedDate: "2026-06-30", auditDate: "2026-05-20" },
    };
    expect(readinessReasonMessage(reason, "zh-CN")).toBe(
      "控制措施8.8计划于 2026-06-30 完成，晚于认证审核日期 2026-05-20。请在审核前落实，或提前计划完成日期。",
    );
  });
});

describe("titles", () => {
  it.each(READINESS_ITEMS)("gives %s a title of its own in both languages", (key) => {
    for (const lang of LANGS) {
      const title = readinessItemTitle(key, lang);
      expect(title).not.toMatch(/^readiness\./);
      expect(READINESS_ITEMS.filter((other) => readinessItemTitle(other, lang) === title)).toEqual([key]);
    }
  });

  it("says the statuses in words", () => {
    expect(LANGS.map((lang) => readinessStatusLabel("missing", lang))).toEqual(["Missing", "缺失"]);
  });
});
