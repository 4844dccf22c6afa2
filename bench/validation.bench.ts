/** Treatment-plan validation speed: the domain pass over 10,000 risks and 10,000 treatments. */
import { defaultMethodology, type RatingKey } from "../src/domain/methodology";
import { validateTreatments, type RiskRow, type TreatmentRow } from "../src/domain/treatment";
import { report, time } from "./harness";

const rows = 10_000;
const methodology = defaultMethodology("atv");
const rating = (i: number, k: number) => ((i * k) % 5) + 1;
const day = (offset: number) => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
const CONTROLS = ["8.8", "A.8.13", "5.15、5.16", "A.9.2.3", "8.24; 8.11", "Control 8.5", "X.1", "5.23"];
const OPTIONS = ["reduce", "reduce", "reduce", "avoid", "transfer", "accept"] as const;
const STATUSES = ["notStarted", "inProgress", "done", "verified"] as const;

/** A row's cells and their text, laid out column after column. */
function placed(sheet: string, row: number, values: Readonly<Record<string, string | number | undefined>>) {
  const cells: Record<string, string> = {};
  const text: Record<string, string> = {};
  Object.entries(values).forEach(([key, value], column) => {
    cells[key] = `${String.fromCharCode(65 + column)}${row}`;
    if (value !== undefined) text[key] = String(value);
  });
  return { sheet, row, cells, text };
}

function riskRow(i: number): RiskRow {
  const ratings: Record<RatingKey, number> = {
    likelihood: 1,
    impact: 1,
    asset: rating(i, 1),
    threat: rating(i, 3),
    vulnerability: i % 97 === 0 ? 7 : rating(i, 7),
    c: 1,
    i: 1,
    a: 1,
  };
  const riskId = i % 501 === 0 ? undefined : `R-${String(i % 9_990).padStart(5, "0")}`;
  const owner = i % 13 === 0 ? undefined : `Owner ${i % 40}`;
  const { asset, threat, vulnerability } = ratings;
  return {
    ...placed("Risk register", i + 2, {
      riskId,
      assetValue: asset,
      threatRating: threat,
      vulnerabilityRating: vulnerability,
      value: undefined,
      level: undefined,
      owner,
      assessedOn: "2026-03-02",
    }),
    riskId,
    ratings: { asset, threat, vulnerability },
    owner,
    assessedOn: "2026-03-02",
  };
}

function treatmentRow(i: number): TreatmentRow {
  const option = OPTIONS[i % OPTIONS.length];
  const controls = i % 11 === 0 ? undefined : [CONTROLS[i % CONTROLS.length] ?? "8.8"];
  const dueDate = i % 17 === 0 ? undefined : day(20 + ((i * 7) % 120));
  const residual = { asset: rating(i, 1), threat: 1, vulnerability: i % 23 === 0 ? 9 : 1 };
  const signed = i % 3 === 0;
  const riskId = `R-${String((i * 7) % 10_050).padStart(5, "0")}`;
  return {
    ...placed("Risk treatment plan", i + 2, {
      riskId,
      option,
      measures: i % 19 === 0 ? undefined : "Patch monthly; scan weekly",
      controls: controls?.join(", "),
      owner: i % 29 === 0 ? undefined : "IT",
      dueDate: dueDate ?? (i % 34 === 0 ? "下周" : undefined),
      status: STATUSES[i % STATUSES.length],
      residualAssetValue: residual.asset,
      residualThreatRating: residual.threat,
      residualVulnerabilityRating: residual.vulnerability,
      acceptedBy: signed ? "Wang Qiang" : undefined,
      acceptedOn: signed ? "2026-03-16" : undefined,
    }),
    riskId,
    option,
    measures: i % 19 === 0 ? undefined : "Patch monthly; scan weekly",
    controls,
    owner: i % 29 === 0 ? undefined : "IT",
    dueDate,
    status: STATUSES[i % STATUSES.length],
    residual,
    ...(signed ? { acceptedBy: "Wang Qiang", acceptedOn: "2026-03-16" } : {}),
  };
}

const input = {
  methodology,
  standard: "2022" as const,
  risks: Array.from({ length: rows }, (_, i) => riskRow(i)),
  treatments: Array.from({ length: rows }, (_, i) => treatmentRow(i)),
  today: "2026-05-01",
};

const cold = time(() => validateTreatments(input), false);
report("validate 10,000 risks + 10,000 treatments (cold JIT)", cold.ms, "ms");
const runs = Array.from({ length: 11 }, () => time(() => validateTreatments(input), false).ms).sort(
  (x, y) => x - y,
);
report("validate 10,000 risks + 10,000 treatments (median)", runs[5] as number, "ms", {
  op: "<",
  value: 100,
});
report("  findings per pass", cold.result.length, "findings");
