/** The threat, vulnerability and asset libraries: structure, ids, ratings and suggested controls. */
import {
  assetClasses,
  assetLayers,
  controlById,
  THREAT_CLASSES,
  threats,
  VULNERABILITY_GROUPS,
  vulnerabilities,
  type LibraryEntry,
} from "../../../src/domain/catalog";

const GBT_THREAT_CLASSES = [
  "软硬件故障",
  "物理环境影响",
  "无作为或操作失误",
  "管理不到位",
  "恶意代码",
  "越权或滥用",
  "网络攻击",
  "物理攻击",
  "泄密",
  "篡改",
  "抵赖",
];

const libraries: [string, readonly LibraryEntry<string>[], RegExp][] = [
  ["threat", threats(), /^T-[A-Z]{3}-\d{2}$/],
  ["vulnerability", vulnerabilities(), /^V-[A-Z]{3}-\d{2}$/],
];

describe.each(libraries)("%s library", (_name, entries, idPattern) => {
  it("gives every entry a stable, unique id of the documented form", () => {
    entries.forEach((entry) => expect(entry.id).toMatch(idPattern));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("names and describes every entry in English and Chinese", () => {
    for (const entry of entries) {
      expect(entry.name.en).toMatch(/[a-z]/);
      expect(entry.description.en).toMatch(/[a-z]/);
      expect(entry.name["zh-CN"]).toMatch(/\p{Script=Han}/u);
      expect(entry.description["zh-CN"]).toMatch(/\p{Script=Han}/u);
    }
  });

  it("suggests only controls that exist in the 2022 catalog", () => {
    const missing = entries.flatMap((e) =>
      e.controls.filter((id) => !controlById(id)).map((id) => `${e.id}:${id}`),
    );
    expect(missing).toEqual([]);
    entries.forEach((entry) => expect(entry.controls.length).toBeGreaterThan(0));
  });

  it("rates on the 1–5 scale where a typical rating is given", () => {
    entries.forEach((entry) => expect([undefined, 1, 2, 3, 4, 5]).toContain(entry.typicalRating));
  });
});

describe("threat classes", () => {
  it("are the eleven GB/T 20984 classes", () => {
    expect(THREAT_CLASSES.map((c) => c.title["zh-CN"])).toEqual(GBT_THREAT_CLASSES);
  });

  it.each(THREAT_CLASSES.map((c) => [c.title["zh-CN"], c.id]))("%s holds 3–6 typical threats", (_zh, id) => {
    const count = threats().filter((t) => t.classId === id).length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
  });

  it("include ISO/IEC 27005-style examples next to the GB/T 20984 threats", () => {
    expect(threats().some((t) => t.source === "iso27005")).toBe(true);
    expect(threats().some((t) => t.source === "gbt20984")).toBe(true);
  });
});

describe("vulnerability groups", () => {
  it("split into technical and managerial groups as in GB/T 20984", () => {
    expect(VULNERABILITY_GROUPS.map((g) => [g.kind, g.title["zh-CN"]])).toEqual([
      ["technical", "物理环境"],
      ["technical", "网络结构"],
      ["technical", "系统软件"],
      ["technical", "应用中间件"],
      ["technical", "应用系统"],
      ["managerial", "技术管理"],
      ["managerial", "组织管理"],
    ]);
  });

  it.each(VULNERABILITY_GROUPS.map((g) => [g.id]))("%s holds typical examples", (id) => {
    expect(vulnerabilities().filter((v) => v.classId === id).length).toBeGreaterThanOrEqual(3);
  });
});

describe("asset classes", () => {
  it("are data, software, hardware, service, people and other, labelled in both languages", () => {
    expect(assetClasses().map((c) => [c.id, c.label["zh-CN"].slice(0, 2)])).toEqual([
      ["data", "数据"],
      ["software", "软件"],
      ["hardware", "硬件"],
      ["service", "服务"],
      ["people", "人员"],
      ["other", "其他"],
    ]);
    assetClasses().forEach((c) => expect(c.examples.en).toMatch(/[a-z]/));
  });

  it("follow the GB/T 20984-2022 layering of business, system and component assets", () => {
    expect(assetLayers().map((l) => [l.id, l.label["zh-CN"]])).toEqual([
      ["business", "业务资产"],
      ["system", "系统资产"],
      ["component", "系统组件和单元资产"],
    ]);
  });
});
