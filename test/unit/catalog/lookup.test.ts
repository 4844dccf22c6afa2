/** Looking controls up by id in any common spelling, and their titles in each language. */
import { controlById, controlTitle, controls } from "../../../src/domain/catalog";

describe("controlById", () => {
  it.each(["5.15", "A.5.15", "A5.15", "a.5.15", " 5.15 ", "５．１５", "A.5.15 Access control"])(
    "finds 5.15 from %j",
    (spelling) => {
      expect(controlById(spelling)?.id).toBe("5.15");
    },
  );

  it.each(["A.9.2.3", "9.2.3", "A9.2.3"])("finds the 2013 control A.9.2.3 from %j", (spelling) => {
    expect(controlById(spelling, "2013")?.id).toBe("A.9.2.3");
  });

  it.each([
    ["A.9.2.3", "2022"],
    ["5.1", "2013"],
    ["5.38", "2022"],
    ["5.1, 5.2", "2022"],
    ["", "2022"],
  ] as const)("finds nothing for %j in %s", (id, standard) => {
    expect(controlById(id, standard)).toBeUndefined();
  });

  it("returns the catalog's own record for every canonical id", () => {
    for (const standard of ["2022", "2013"] as const) {
      for (const control of controls(standard)) expect(controlById(control.id, standard)).toBe(control);
    }
  });
});

describe("controlTitle", () => {
  it.each([
    ["5.23", "en", "2022", "Information security for use of cloud services"],
    ["5.23", "zh-CN", "2022", "使用云服务的信息安全"],
    ["A.12.4.1", "en", "2013", "Event logging"],
    ["A.12.4.1", "zh-CN", "2013", "事态日志"],
  ] as const)("titles %s in %s (%s): %s", (id, lang, standard, title) => {
    expect(controlTitle(id, lang, standard)).toBe(title);
  });

  it("is undefined for an unknown control", () => {
    expect(controlTitle("9.9", "en")).toBeUndefined();
  });
});
