/** Items 12 and 13: the internal audit, and the correction of what it found. */
import { changedRow, itemCases, readyInput, READY_REGISTERS, SHEETS, withRegister } from "./builders";

const ready = readyInput();
const checklist = SHEETS.auditChecklist;
const log = SHEETS.nonconformities;
const notAudited = withRegister(ready, "auditChecklist", [{ itemId: "C-01", requirementId: "5.2" }]);
const withNc = (changes: Parameters<typeof changedRow<"nonconformities">>[2]) =>
  withRegister(ready, "nonconformities", changedRow("nonconformities", 0, changes));

describe("12 internal audit records", () => {
  itemCases("internalAudit", [
    {
      name: "is ready once every checklist item is judged and the programme done",
      input: ready,
      status: "ready",
      reasons: [],
    },
    {
      name: "is missing while no checklist item has a judgement",
      input: notAudited,
      status: "missing",
      reasons: [{ code: "internalAudit.missing", sheet: checklist, cell: "A1" }],
    },
    {
      name: "is missing without a checklist",
      input: withRegister(ready, "auditChecklist", undefined),
      status: "missing",
      reasons: [{ code: "internalAudit.missing" }],
    },
    {
      name: "flags a checklist item not judged",
      input: withRegister(ready, "auditChecklist", [...READY_REGISTERS.auditChecklist, { itemId: "C-03" }]),
      status: "incomplete",
      reasons: [{ code: "internalAudit.ungraded", sheet: checklist, cell: "K4" }],
    },
    {
      name: "flags a programmed audit not done",
      input: withRegister(ready, "auditProgramme", changedRow("auditProgramme", 0, { doneDate: "" })),
      status: "incomplete",
      reasons: [{ code: "internalAudit.programme.notDone", sheet: SHEETS.auditProgramme, cell: "I2" }],
    },
  ]);
});

describe("13 correction of nonconformities", () => {
  itemCases("correction", [
    {
      name: "is ready when every nonconformity is closed and verified",
      input: ready,
      status: "ready",
      reasons: [],
    },
    {
      name: "is missing while there is no internal audit",
      input: notAudited,
      status: "missing",
      reasons: [{ code: "correction.missing", sheet: checklist, cell: "A1" }],
    },
    {
      name: "flags a nonconformity found but not numbered",
      input: withRegister(ready, "auditChecklist", changedRow("auditChecklist", 1, { ncId: "" })),
      status: "incomplete",
      reasons: [{ code: "correction.nc.unrecorded", sheet: checklist, cell: "L3" }],
    },
    {
      name: "flags a nonconformity number not in the log",
      input: withRegister(ready, "auditChecklist", changedRow("auditChecklist", 1, { ncId: "NC-09" })),
      status: "incomplete",
      reasons: [{ code: "correction.nc.unknown", sheet: checklist, cell: "L3" }],
    },
    {
      name: "does not ask an observation for a nonconformity",
      input: withRegister(
        ready,
        "auditChecklist",
        changedRow("auditChecklist", 1, { grade: "observation", ncId: "" }),
      ),
      status: "ready",
      reasons: [],
    },
    {
      name: "flags a nonconformity without cause, action, owner or due date",
      input: withNc({ cause: "", correctiveAction: "", owner: "", dueDate: "" }),
      status: "incomplete",
      reasons: [
        { code: "correction.cause.missing", sheet: log, cell: "G2" },
        { code: "correction.action.missing", sheet: log, cell: "I2" },
        { code: "correction.owner.missing", sheet: log, cell: "J2" },
        { code: "correction.due.missing", sheet: log, cell: "K2" },
      ],
    },
    {
      name: "flags a nonconformity still open before its due date",
      input: withNc({ status: "inProgress", dueDate: "2026-03-31" }),
      status: "incomplete",
      reasons: [{ code: "correction.open", sheet: log, cell: "L2" }],
    },
    {
      name: "flags a nonconformity open past its due date",
      input: withNc({ status: "open" }),
      status: "incomplete",
      reasons: [{ code: "correction.overdue", sheet: log, cell: "K2" }],
    },
    {
      name: "flags a nonconformity closed without verification",
      input: withNc({ verification: "" }),
      status: "incomplete",
      reasons: [{ code: "correction.unverified", sheet: log, cell: "M2" }],
    },
    {
      name: "flags a nonconformity closed on no verification date",
      input: withNc({ verifiedOn: "" }),
      status: "incomplete",
      reasons: [{ code: "correction.unverified", sheet: log, cell: "O2" }],
    },
    {
      name: "leaves a logged observation alone",
      input: withNc({ grade: "observation", status: "open", cause: "" }),
      status: "ready",
      reasons: [],
    },
  ]);
});
