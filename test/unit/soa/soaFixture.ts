/** A small register and plan, and what the SoA derived from them says about each control it names. */
import type { SoaEntry, SoaInput, SoaPreviousRow } from "../../../src/domain/soa";

export const RISKS: SoaInput["risks"] = [
  { riskId: "R-001", existingControls: ["5.15、5.17", "A.12.3.1"] },
  { riskId: "R-002", existingControls: ["7.1"] },
  { riskId: "R-003" },
];

export const TREATMENTS: SoaInput["treatments"] = [
  { riskId: "R-001", option: "reduce", controls: ["8.5", "A.9.2.3"], dueDate: "2026-05-31" },
  { riskId: "R-003", option: "reduce", controls: ["8.8"], dueDate: "2026-04-30" },
  { riskId: "R-002", option: "avoid", controls: ["8.8; 8.13"], dueDate: "2026-06-15" },
  { riskId: "R-003", option: "transfer", controls: ["5.19-5.22"], dueDate: "2026-05-01" },
  { riskId: "R-002", option: "accept", controls: ["6.3"] },
];

export const PREVIOUS: readonly SoaPreviousRow[] = [
  { controlId: "A.5.31", applicable: true, reasons: "法律法规", status: "已实施", documents: "法律法规清单" },
  { controlId: "5.20", reasons: "合同要求", owner: "采购部" },
  { controlId: "7.4", applicable: false, justification: "办公区无需监控：租用大楼物业负责" },
];

type Expected = Pick<SoaEntry, "applicable" | "reasons" | "risks">;

const TREATED = ["riskTreatment"] as const;

/** The controls the fixture decides; every other control is undecided with no reason and no risk. */
export const EXPECTED: Readonly<Record<string, Expected>> = {
  "5.15": { applicable: true, reasons: ["existingControl"], risks: ["R-001"] },
  "5.17": { applicable: true, reasons: ["existingControl"], risks: ["R-001"] },
  "5.19": { applicable: true, reasons: [...TREATED], risks: ["R-003"] },
  "5.20": { applicable: true, reasons: ["riskTreatment", "contractual"], risks: ["R-003"] },
  "5.21": { applicable: true, reasons: [...TREATED], risks: ["R-003"] },
  "5.22": { applicable: true, reasons: [...TREATED], risks: ["R-003"] },
  "5.31": { applicable: true, reasons: ["legal"], risks: [] },
  "7.1": { applicable: true, reasons: ["existingControl"], risks: ["R-002"] },
  "7.4": { applicable: false, reasons: [], risks: [] },
  "8.2": { applicable: true, reasons: [...TREATED], risks: ["R-001"] },
  "8.5": { applicable: true, reasons: [...TREATED], risks: ["R-001"] },
  "8.8": { applicable: true, reasons: [...TREATED], risks: ["R-002", "R-003"] },
  "8.13": { applicable: true, reasons: ["riskTreatment", "existingControl"], risks: ["R-001", "R-002"] },
};

export const UNDECIDED: Expected = { applicable: undefined, reasons: [], risks: [] };
