/**
 * The rows of a gap analysis: every requirement of clauses 4–10 and every Annex A control of the
 * standard, with the group each rolls up into. Titles, evidence prompts and the Amd 1:2024 text come from
 * the catalog, so the gap sheet says what the catalog says.
 */
import { clauses, controls } from "../catalog";
import type { Clause, Standard } from "../catalog/types";
import type { GapRequirement } from "./types";

/** "6" for "6.1.2": the main clause a clause requirement rolls up into. */
function mainClause(id: string): string {
  return id.split(".")[0] ?? id;
}

function fromClause(clause: Clause): GapRequirement {
  return {
    id: clause.id,
    kind: clause.parent === undefined ? "clause" : "subclause",
    group: mainClause(clause.id),
    ...(clause.parent === undefined ? {} : { parent: clause.parent }),
    title: clause.title,
    evidence: clause.evidence,
    ...(clause.amendment ? { amendment: clause.amendment } : {}),
  };
}

function controlRequirements(standard: Standard): readonly GapRequirement[] {
  if (standard === "2013") {
    return controls("2013").map((c) => ({
      id: c.id,
      kind: "control",
      group: c.domain.id,
      title: c.title,
      evidence: [],
    }));
  }
  // A 2022 control id starts with its theme's clause number in ISO/IEC 27002: "5.23" is in theme 5.
  // Its row id carries "A." because "5.1"–"8.3" also name clauses 5.1–8.3: a row id must be unique.
  return controls("2022").map((c) => ({
    id: `A.${c.id}`,
    kind: "control",
    group: mainClause(c.id),
    title: c.title,
    evidence: [],
  }));
}

const cache = new Map<Standard, readonly GapRequirement[]>();

/**
 * Clauses 4–10 with all their sub-clauses (in the catalog's order, parents first), then every Annex A
 * control of the standard: 41 + 93 rows for 2022, 41 + 114 for 2013. Every row id is unique: controls are
 * "A.5.1" … "A.8.34" (2022) or "A.5.1.1" … "A.18.2.3" (2013), since the plain 2022 ids "5.1" … "8.3"
 * are also clause ids (clause 5.1 Leadership and commitment, control 5.1 Policies for information security). Clause requirements follow
 * ISO/IEC 27001:2022 with Amd 1:2024 in both cases (a 2013 workbook rates its controls by the 2013
 * Annex A, but the management-system clauses a certification body audits today are the 2022 ones).
 * @example gapRequirements("2022").find((r) => r.id === "6.1.2") // { id: "6.1.2", kind: "subclause", group: "6", parent: "6.1", … }
 * @example gapRequirements("2022")[41] // { id: "A.5.1", kind: "control", group: "5", … }
 * @example gapRequirements("2013").at(-1) // { id: "A.18.2.3", kind: "control", group: "A.18", … }
 */
export function gapRequirements(standard: Standard): readonly GapRequirement[] {
  const cached = cache.get(standard);
  if (cached) return cached;
  const requirements = [...clauses().map(fromClause), ...controlRequirements(standard)];
  cache.set(standard, requirements);
  return requirements;
}
