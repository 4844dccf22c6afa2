/** SoA derivation speed: 10,000 risks, their treatments and a full previous SoA, derived and merged. */
import { controls } from "../src/domain/catalog";
import { deriveSoa, type SoaInput } from "../src/domain/soa";
import { report, time } from "./harness";

const rows = 10_000;
const ids = controls("2022").map((control) => control.id);
const day = (offset: number) => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
const CELLS = ["8.8", "A.8.13", "5.15、5.16", "A.9.2.3", "8.24; 8.11", "Control 8.5", "X.1", "5.19-5.22"];
const OPTIONS = ["reduce", "reduce", "reduce", "avoid", "transfer", "accept"] as const;
const STATUSES = ["已实施", "部分实施", "计划中", "未实施", ""];
const REASONS = ["风险评估", "法律法规", "合同要求；业务需要", "Risk treatment; legal", ""];
const riskId = (i: number) => `R-${String(i).padStart(5, "0")}`;

const input: SoaInput = {
  standard: "2022",
  risks: Array.from({ length: rows }, (_, i) => ({
    riskId: riskId(i),
    existingControls: [ids[(i * 7) % ids.length] ?? "5.1", CELLS[i % CELLS.length] ?? "8.8"],
  })),
  treatments: Array.from({ length: rows }, (_, i) => ({
    riskId: riskId((i * 13) % rows),
    option: OPTIONS[i % OPTIONS.length],
    controls: [
      ids[(i * 11) % ids.length] ?? "5.1",
      `${CELLS[(i + 3) % CELLS.length] ?? "8.8"}, ${ids[i % 40] ?? ""}`,
    ],
    dueDate: day(20 + ((i * 7) % 120)),
  })),
  previous: ids.map((id, i) => ({
    controlId: i % 3 === 0 ? `A.${id}` : id,
    applicable: i % 9 === 0 ? false : i % 4 === 0 ? undefined : true,
    reasons: REASONS[i % REASONS.length],
    justification: i % 9 === 0 ? (i % 2 === 0 ? "N/A" : "不涉及该业务") : undefined,
    status: STATUSES[i % STATUSES.length],
    documents: `ISMS-P-${i}`,
    owner: "信息中心",
    notes: i % 5 === 0 ? "审核抽样" : undefined,
  })),
};

const cold = time(() => deriveSoa(input), false);
report("derive SoA from 10,000 risks + 10,000 treatments (cold JIT)", cold.ms, "ms");
const runs = Array.from({ length: 11 }, () => time(() => deriveSoa(input), false).ms).sort((x, y) => x - y);
report("derive SoA from 10,000 risks + 10,000 treatments (median)", runs[5] as number, "ms", {
  op: "<",
  value: 50,
});
report("  entries", cold.result.entries.length, "entries");
report("  findings", cold.result.findings.length, "findings");
