/** Annex A 2022 and 2013 against the shared reference lists, and the quality of the Chinese titles. */
import {
  controlById,
  controls,
  DOMAINS_2013,
  OBJECTIVES_2013,
  THEMES,
  type Theme,
} from "../../../src/domain/catalog";
import { readReferenceCsv } from "./referenceData";

const reference2022 = readReferenceCsv("iso27001-2022-annexA.csv");
const reference2013 = readReferenceCsv("iso27001-2013-annexA.csv");

const themeOfReference: Record<string, Theme> = {
  "Organizational controls": "organizational",
  "People controls": "people",
  "Physical controls": "physical",
  "Technological controls": "technological",
};

describe("ISO/IEC 27001:2022 Annex A", () => {
  it("lists the reference's 93 controls, id for id and English title for title, in order", () => {
    expect(reference2022).toHaveLength(93);
    expect(controls("2022").map((c) => [c.id, c.title.en])).toEqual(
      reference2022.map((row) => [row.id, row.title_en]),
    );
  });

  it("puts every control in the reference's theme", () => {
    expect(controls("2022").map((c) => [c.id, c.theme])).toEqual(
      reference2022.map((row) => [row.id, themeOfReference[row.theme ?? ""]]),
    );
  });

  it.each([
    ["organizational", 37],
    ["people", 8],
    ["physical", 14],
    ["technological", 34],
  ] as const)("has %s controls: %i", (theme, count) => {
    expect(controls("2022").filter((c) => c.theme === theme)).toHaveLength(count);
  });

  it("names the four themes in both languages", () => {
    expect(THEMES.map((theme) => theme.title.en)).toEqual(Object.keys(themeOfReference));
    THEMES.forEach((theme) => expect(theme.title["zh-CN"]).toMatch(/控制$/));
  });

  it("gives every control a non-empty Chinese title", () => {
    const untitled = controls("2022").filter((c) => !/\p{Script=Han}/u.test(c.title["zh-CN"]));
    expect(untitled.map((c) => c.id)).toEqual([]);
  });

  it("never gives two controls the same Chinese title", () => {
    const titles = controls("2022").map((c) => c.title["zh-CN"]);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it.each([
    ["5.1", "信息安全策略"],
    ["5.15", "访问控制"],
    ["5.23", "使用云服务的信息安全"],
    ["6.1", "审查"],
    ["8.15", "日志"],
    ["8.16", "监控活动"],
  ])("uses the practitioners' term for %s: %s", (id, zh) => {
    expect(controlById(id)?.title["zh-CN"]).toBe(zh);
  });

  it.each(["放映", "伐木", "筛选"])("contains none of the known machine-translation errors (%s)", (wrong) => {
    expect(controls("2022").filter((c) => c.title["zh-CN"].includes(wrong))).toEqual([]);
  });

  it("states ISO/IEC 27002 attributes only with known values", () => {
    for (const c of controls("2022")) {
      (c.controlTypes ?? []).forEach((type) =>
        expect(["preventive", "detective", "corrective"]).toContain(type),
      );
      (c.properties ?? []).forEach((p) =>
        expect(["confidentiality", "integrity", "availability"]).toContain(p),
      );
      if (c.controlTypes) expect(c.controlTypes.length).toBeGreaterThan(0);
      if (c.properties) expect(c.properties.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["8.15", ["detective"], ["confidentiality", "integrity", "availability"]],
    ["8.13", ["corrective"], ["integrity", "availability"]],
    ["7.7", ["preventive"], ["confidentiality"]],
    ["8.7", ["preventive", "detective", "corrective"], ["confidentiality", "integrity", "availability"]],
  ])("records the ISO/IEC 27002 attributes of %s", (id, types, properties) => {
    expect(controlById(id)?.controlTypes).toEqual(types);
    expect(controlById(id)?.properties).toEqual(properties);
  });
});

describe("ISO/IEC 27001:2013 Annex A", () => {
  it("lists the reference's 114 controls with domain, objective and English title", () => {
    expect(reference2013).toHaveLength(114);
    expect(
      controls("2013").map((c) => [
        c.id,
        `${c.domain.id} ${c.domain.title.en}`,
        `${c.objective.id} ${c.objective.title.en}`,
        c.title.en,
      ]),
    ).toEqual(reference2013.map((row) => [row.id, row.domain, row.objective, row.title_en]));
  });

  it("has 14 domains and 35 objectives, each titled in Chinese", () => {
    expect(DOMAINS_2013).toHaveLength(14);
    expect(OBJECTIVES_2013).toHaveLength(35);
    [...DOMAINS_2013, ...OBJECTIVES_2013].forEach((h) => expect(h.title["zh-CN"]).toMatch(/\p{Script=Han}/u));
  });

  it("gives every control a distinct, non-empty Chinese title", () => {
    const titles = controls("2013").map((c) => c.title["zh-CN"]);
    titles.forEach((title) => expect(title).toMatch(/\p{Script=Han}/u));
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });
});
