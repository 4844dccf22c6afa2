/** Items 1–3: roles, scope and exclusions, policy and objectives. */
import { changedRow, itemCases, readyInput, READY_REGISTERS, SHEETS, withRegister } from "./builders";

const ready = readyInput();

describe("1 roles and responsibilities", () => {
  itemCases("roles", [
    {
      name: "is ready with top management and the management representative named",
      input: ready,
      status: "ready",
      reasons: [],
    },
    {
      name: "is missing without a roles sheet",
      input: withRegister(ready, "roles", undefined),
      status: "missing",
      reasons: [{ code: "roles.missing" }],
    },
    {
      name: "is missing with an empty roles sheet, pointing at its header",
      input: withRegister(ready, "roles", []),
      status: "missing",
      reasons: [{ code: "roles.missing", sheet: SHEETS.roles, cell: "A1" }],
    },
    {
      name: "flags a role without a person or responsibilities",
      input: withRegister(ready, "roles", changedRow("roles", 1, { person: "", responsibilities: "" })),
      status: "incomplete",
      reasons: [
        { code: "roles.person.missing", sheet: SHEETS.roles, cell: "B3" },
        { code: "roles.responsibilities.missing", sheet: SHEETS.roles, cell: "D3" },
      ],
    },
    {
      name: "flags a register without top management",
      input: withRegister(ready, "roles", changedRow("roles", 0, { role: "IT 主管" })),
      status: "incomplete",
      reasons: [{ code: "roles.topManagement.missing", sheet: SHEETS.roles, cell: "A1" }],
    },
    {
      name: "flags a register without the management representative",
      input: withRegister(ready, "roles", changedRow("roles", 1, { role: "Network administrator" })),
      status: "incomplete",
      reasons: [{ code: "roles.representative.missing", sheet: SHEETS.roles, cell: "A1" }],
    },
    {
      name: "recognises the roles in English (CEO, CISO)",
      input: withRegister(ready, "roles", [
        { role: "Chief Executive Officer (CEO)", person: "Wang Qiang", responsibilities: "Policy" },
        { role: "CISO", person: "Li Na", responsibilities: "Runs the ISMS" },
      ]),
      status: "ready",
      reasons: [],
    },
  ]);
});

describe("2 scope and exclusions", () => {
  itemCases("scope", [
    {
      name: "is missing without a scope sheet",
      input: withRegister(ready, "scope", undefined),
      status: "missing",
      reasons: [{ code: "scope.missing" }],
    },
    {
      name: "is missing when only exclusions are stated",
      input: withRegister(ready, "scope", [READY_REGISTERS.scope[1] ?? {}]),
      status: "missing",
      reasons: [{ code: "scope.missing", sheet: SHEETS.scope, cell: "A1" }],
    },
    {
      name: "flags a scope nobody approved",
      input: withRegister(ready, "scope", changedRow("scope", 0, { approvedBy: "" })),
      status: "incomplete",
      reasons: [{ code: "scope.unapproved", sheet: SHEETS.scope, cell: "E2" }],
    },
    {
      name: "flags a scope approved on no date",
      input: withRegister(ready, "scope", changedRow("scope", 0, { approvalDate: "" })),
      status: "incomplete",
      reasons: [{ code: "scope.unapproved", sheet: SHEETS.scope, cell: "F2" }],
    },
    {
      name: "flags a scope without a description",
      input: withRegister(ready, "scope", changedRow("scope", 0, { description: "" })),
      status: "incomplete",
      reasons: [{ code: "scope.description.missing", sheet: SHEETS.scope, cell: "C2" }],
    },
    {
      name: 'flags an exclusion justified by "N/A"',
      input: withRegister(ready, "scope", changedRow("scope", 1, { justification: "N/A" })),
      status: "incomplete",
      reasons: [{ code: "scope.exclusion.unjustified", sheet: SHEETS.scope, cell: "D3" }],
    },
    {
      name: "does not ask a boundary for a justification",
      input: withRegister(ready, "scope", changedRow("scope", 1, { kind: "boundary", justification: "" })),
      status: "ready",
      reasons: [],
    },
  ]);
});

describe("3 policy and objectives", () => {
  const withoutPolicy = READY_REGISTERS.documents.filter((row) => row.clauses !== "5.2");
  itemCases("policy", [
    {
      name: "is missing with neither a policy nor objectives",
      input: withRegister(withRegister(ready, "documents", withoutPolicy), "objectives", undefined),
      status: "missing",
      reasons: [{ code: "policy.missing", sheet: SHEETS.documents, cell: "A1" }],
    },
    {
      name: "flags a document list without the policy",
      input: withRegister(ready, "documents", withoutPolicy),
      status: "incomplete",
      reasons: [{ code: "policy.document.missing", sheet: SHEETS.documents, cell: "A1" }],
    },
    {
      name: "flags a draft policy without version or approval date",
      input: withRegister(
        ready,
        "documents",
        changedRow("documents", 1, { status: "draft", version: "", approvalDate: "" }),
      ),
      status: "incomplete",
      reasons: [
        { code: "policy.document.unapproved", sheet: SHEETS.documents, cell: "H3" },
        { code: "policy.document.version.missing", sheet: SHEETS.documents, cell: "F3" },
        { code: "policy.document.approvalDate.missing", sheet: SHEETS.documents, cell: "G3" },
      ],
    },
    {
      name: "finds the policy by its number when its clauses cell is blank",
      input: withRegister(ready, "documents", changedRow("documents", 1, { clauses: "" })),
      status: "ready",
      reasons: [],
    },
    {
      name: "flags a policy without objectives",
      input: withRegister(ready, "objectives", []),
      status: "incomplete",
      reasons: [{ code: "policy.objectives.missing", sheet: SHEETS.objectives, cell: "A1" }],
    },
    {
      name: "flags an objective without metric or target",
      input: withRegister(ready, "objectives", changedRow("objectives", 0, { metric: "", target: "" })),
      status: "incomplete",
      reasons: [
        { code: "policy.objective.metric.missing", sheet: SHEETS.objectives, cell: "C2" },
        { code: "policy.objective.target.missing", sheet: SHEETS.objectives, cell: "D2" },
      ],
    },
  ]);
});
