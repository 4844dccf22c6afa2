/** Risk engine speed: domain evaluations per second per method, and one 10,000-row ISMS.RISK call. */
import { METHOD_IDS, presetById, type Methodology, type Ratings } from "../src/domain/methodology";
import { assessRisk, assetValue } from "../src/domain/risk";
import { riskOf } from "../src/functions/riskFunctions";
import { rate, report, time } from "./harness";

function ratingsFor(i: number): Ratings {
  const x = (k: number) => ((i * k) % 5) + 1;
  return {
    likelihood: x(1),
    impact: x(3),
    asset: x(1),
    threat: x(3),
    vulnerability: x(7),
    c: x(1),
    i: x(3),
    a: x(7),
  };
}

// Precomputed so the rate measures the engine, not building the inputs.
const inputs: Ratings[] = Array.from({ length: 1024 }, (_, i) => ratingsFor(i));

for (const id of METHOD_IDS) {
  const methodology = presetById(id) as Methodology;
  const perSecond = rate((i) => assessRisk(methodology, inputs[i & 1023] as Ratings));
  report(`assessRisk ${id}`, perSecond, "evaluations/s", { op: ">=", value: 1_000_000 });
}

const atv = presetById("atv") as Methodology;
report(
  "assetValue (max)",
  rate((i) => assetValue(atv, (i % 5) + 1, ((i * 3) % 5) + 1, ((i * 7) % 5) + 1)),
  "evaluations/s",
  { op: ">=", value: 1_000_000 },
);

const rows = 10_000;
const column = (k: number) => Array.from({ length: rows }, (_, i) => [((i * k) % 5) + 1]);
const [asset, threat, vulnerability] = [column(1), column(3), column(7)];

/** Median of repeated calls: a recalculating workbook calls the function again and again. */
function medianMs(fn: () => unknown, runs = 15): number {
  const times = Array.from({ length: runs }, () => time(fn, false).ms).sort((x, y) => x - y);
  return times[Math.floor(runs / 2)] as number;
}

const cold = time(() => riskOf("atv", asset, threat, vulnerability), false);
report("ISMS.RISK atv, first 10,000-row call (cold JIT)", cold.ms, "ms");
for (const method of ["atv", "gbt-matrix", "gbt-multiply"]) {
  const ms = medianMs(() => riskOf(method, asset, threat, vulnerability));
  report(`ISMS.RISK ${method}, one 10,000-row call (median)`, ms, "ms", { op: "<", value: 20 });
}
