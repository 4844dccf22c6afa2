/**
 * Treatment changes the threat and the vulnerability, not what the asset is worth: the residual risk takes
 * the asset's value (or its C, I, A) from the register, and a plan row is not asked to rate it again.
 */
import { defaultMethodology } from "../../../src/domain/methodology";
import { risk, treatment, validate } from "./scenario";

const ATV = defaultMethodology("atv");
const CIA = defaultMethodology("cia-max");
const approved = { acceptedBy: "Wang Qiang", acceptedOn: "2026-03-16" } as const;

describe("the residual risk of an asset-valued method", () => {
  it("asks for no residual asset value, and finds nothing on a complete row", () => {
    const findings = validate({
      methodology: ATV,
      risks: [risk({ ratings: { asset: 5, threat: 4, vulnerability: 4 } })],
      treatments: [treatment({ residual: { threat: 1, vulnerability: 1 } })],
    });
    expect(findings.filter((f) => f.rule.startsWith("residual."))).toEqual([]);
  });

  it("judges the residual risk with the register's asset value: 5 × 3 × 3 is above the criterion", () => {
    const findings = validate({
      methodology: ATV,
      risks: [risk({ ratings: { asset: 5, threat: 4, vulnerability: 4 } })],
      treatments: [treatment({ residual: { threat: 3, vulnerability: 3 } })],
    });
    expect(findings.find((f) => f.rule === "residual.unaccepted")?.params).toMatchObject({ value: 45 });
    const signed = validate({
      methodology: ATV,
      risks: [risk({ ratings: { asset: 5, threat: 4, vulnerability: 4 } })],
      treatments: [treatment({ residual: { threat: 3, vulnerability: 3 }, ...approved })],
    });
    expect(signed.filter((f) => f.rule === "residual.unaccepted")).toEqual([]);
  });

  it("keeps a residual asset value a client's plan gives, and then asks for the rest", () => {
    const findings = validate({
      methodology: ATV,
      risks: [risk({ ratings: { asset: 5, threat: 4, vulnerability: 4 } })],
      treatments: [treatment({ residual: { asset: 1, threat: 1 } })],
    });
    expect(
      findings.filter((f) => f.rule === "residual.rating.missing").map((f) => f.params?.["rating"]),
    ).toEqual(["vulnerability"]);
  });

  it("takes C, I and A from the register under cia-max", () => {
    const findings = validate({
      methodology: CIA,
      risks: [risk({ ratings: { c: 5, i: 2, a: 1, threat: 4, vulnerability: 4 } })],
      treatments: [treatment({ residual: { threat: 3, vulnerability: 3 } })],
    });
    expect(findings.filter((f) => f.rule === "residual.rating.missing")).toEqual([]);
    expect(findings.find((f) => f.rule === "residual.unaccepted")?.params).toMatchObject({ value: 45 });
  });
});
