/**
 * The internal audit's generated rows (内审方案, 内审检查表), from the workbook's own work: the SoA's
 * applicable controls with their documents, the gap analysis's current state and recommendations, and the
 * risk register's levels (a control answering risks above the acceptance criterion is sampled first).
 * Pure: the rows are in the registers' plain form; registerSheets.ts writes them, auditMerge.ts merges
 * them into sheets that exist.
 */
import { clauseById, clauses, type Standard } from "../../domain/catalog";
import { gapRequirements } from "../../domain/gap";
import type { GapRequirement } from "../../domain/gap/types";
import type { Methodology } from "../../domain/methodology";
import { REQUIRED_INFORMATION } from "../../domain/readiness/requiredInformation";
import { assessRisk, isAboveCriteria } from "../../domain/risk";
import { canonicalId, deriveSoa } from "../../domain/soa";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { GapFields, Ratings, RegisterFields, RegisterRecords, SoaFields } from "../records";
import { themeLabel } from "./soaSheet";

/** A risk as the audit reads it (the workbook's RiskRecord and the sample's RiskFields have this shape). */
export interface AuditRisk {
  readonly riskId?: string;
  readonly existingControls?: readonly string[];
  readonly ratings?: Ratings;
  readonly value?: number;
  readonly level?: number;
  readonly acceptable?: boolean;
}

/** A treatment as the audit and the review read it. */
export interface AuditTreatment {
  readonly riskId?: string;
  readonly option?: "reduce" | "avoid" | "transfer" | "accept";
  readonly controls?: readonly string[];
  readonly dueDate?: string;
  readonly status?: string;
  readonly acceptedBy?: string;
}

/** What the audit sheets and the review pack are generated from. */
export interface AuditSources {
  readonly lang: Lang;
  readonly standard: Standard;
  readonly methodology: Methodology;
  /** The SoA's rows: a control is audited when its row says applicable. */
  readonly soa: readonly Pick<SoaFields, "controlId" | "applicable" | "documents">[];
  readonly gap: readonly GapFields[];
  readonly risks: readonly AuditRisk[];
  readonly treatments: readonly AuditTreatment[];
  /** The registers as they stand (the documents and records named per clause, the audit's own results). */
  readonly registers: RegisterRecords;
}

export type SamplingPriority = "high" | "medium" | "low";

/**
 * True when a risk exceeds the acceptance criterion: as the sheet says (its acceptable cell, else its
 * value), else as its ratings compute under the methodology.
 * @example riskAboveCriterion({ ratings: { likelihood: 5, impact: 5 } }, defaultMethodology("li")) // true
 */
export function riskAboveCriterion(risk: AuditRisk, methodology: Methodology): boolean {
  if (risk.acceptable !== undefined) return !risk.acceptable;
  if (risk.value !== undefined)
    return isAboveCriteria(
      methodology,
      risk.level !== undefined ? { value: risk.value, level: risk.level } : risk.value,
    );
  const assessed = assessRisk(methodology, risk.ratings ?? {});
  return assessed.ok && !assessed.acceptable;
}

/** The checklist's id of an Annex A control: the gap analysis's ("A.8.13"), apart from clause ids. */
export function controlRequirementId(controlId: string, standard: Standard): string {
  return standard === "2022" ? `A.${controlId}` : controlId;
}

/** The clause requirements a checklist lists: every clause 4–10 requirement without sub-clauses. */
function clauseLeaves(): readonly GapRequirement[] {
  const all = gapRequirements("2022").filter((r) => r.kind !== "control");
  const parents = new Set(all.map((r) => r.parent).filter((p): p is string => p !== undefined));
  return all.filter((r) => !parents.has(r.id));
}

interface ControlFacts {
  readonly requirement: GapRequirement;
  readonly documents?: string;
  readonly risks: readonly string[];
  readonly above: readonly string[];
}

/** The SoA's applicable controls, in catalog order, with their documents and linked risks. */
export function applicableControls(sources: AuditSources): ControlFacts[] {
  const { standard } = sources;
  const applicable = new Map<string, string | undefined>();
  for (const row of sources.soa) {
    const key = canonicalId(row.controlId, standard);
    if (key?.inStandard && row.applicable === true && !applicable.has(key.id))
      applicable.set(key.id, row.documents?.trim() || undefined);
  }
  const derived = deriveSoa({ standard, risks: sources.risks, treatments: sources.treatments });
  const risksOf = new Map(derived.entries.map((entry) => [entry.id, entry.risks]));
  const above = new Set(
    sources.risks
      .filter((risk) => riskAboveCriterion(risk, sources.methodology))
      .map((risk) => risk.riskId ?? ""),
  );
  return gapRequirements(standard)
    .filter((r) => r.kind === "control")
    .flatMap((requirement) => {
      const id = canonicalId(requirement.id, standard)?.id ?? requirement.id;
      if (!applicable.has(id)) return [];
      const risks = risksOf.get(id) ?? [];
      const documents = applicable.get(id);
      return [
        {
          requirement,
          ...(documents ? { documents } : {}),
          risks,
          above: risks.filter((r) => above.has(r)),
        },
      ];
    });
}

const gapById = (gap: readonly GapFields[]): Map<string, GapFields> =>
  new Map(gap.filter((g) => g.requirementId).map((g) => [g.requirementId?.trim() ?? "", g]));

/** A gap rating as a number on the scale, or undefined when not rated (or N/A). */
function rating(gap: GapFields | undefined): number | undefined {
  const value = Number(gap?.currentRating);
  return gap?.currentRating !== undefined && gap.currentRating.trim() !== "" && Number.isFinite(value)
    ? value
    : undefined;
}

const DEFAULT_TARGET = 3;

function clausePriority(gap: GapFields | undefined): SamplingPriority {
  const current = rating(gap);
  if (current !== undefined && current <= 1) return "high";
  if (current === undefined || current < (gap?.target ?? DEFAULT_TARGET)) return "medium";
  return "low";
}

function controlPriority(facts: ControlFacts, gap: GapFields | undefined): SamplingPriority {
  if (facts.above.length > 0) return "high";
  const current = rating(gap);
  if (facts.risks.length > 0 || (current !== undefined && current <= 1)) return "medium";
  return "low";
}

export const priorityLabel = (priority: SamplingPriority, lang: Lang): string =>
  t(lang, `registers.audit.priority.${priority}`);

const PRIORITY_RANK: Readonly<Record<SamplingPriority, number>> = { high: 3, medium: 2, low: 1 };

function gapPoint(gap: GapFields | undefined, lang: Lang): string | undefined {
  const parts = [
    gap?.currentState?.trim()
      ? t(lang, "registers.audit.point.state", { state: gap.currentState.trim() })
      : "",
    gap?.recommendation?.trim()
      ? t(lang, "registers.audit.point.advice", { advice: gap.recommendation.trim() })
      : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(lang === "zh-CN" ? "" : " ") : undefined;
}

/** Documents and records the registers (else the required list) name for a clause. */
function clauseDocuments(clauseId: string, registers: RegisterRecords, lang: Lang): string {
  // A document for clause 9.2 serves 9.2.1 and 9.2.2 as well.
  const covers = (clause: string) => clauseId === clause || clauseId.startsWith(`${clause}.`);
  const cites = (clauses: string | number | undefined) =>
    String(clauses ?? "")
      .split(/[,;，；、\s]+/)
      .some((token) => token !== "" && covers(token));
  const named = [
    ...(registers.documents ?? []).filter((d) => cites(d.clauses)).map((d) => [d.docId, d.title]),
    ...(registers.records ?? []).filter((r) => cites(r.clauses)).map((r) => [r.recordId, r.title]),
  ];
  const lines =
    named.length > 0
      ? named
      : REQUIRED_INFORMATION.filter((item) => covers(item.clause.split(" ")[0] ?? "")).map((item) => [
          item.number,
          t(lang, `readiness.required.${item.key}` as "readiness.required.scope"),
        ]);
  return lines
    .map((parts) => parts.filter((p) => p !== undefined && String(p).trim() !== "").join(" "))
    .filter((line) => line !== "")
    .join(t(lang, "registers.audit.listSeparator"));
}

/** The gap row of a clause requirement, else of the clause it belongs to (a rating of 9.2 speaks for 9.2.2). */
function clauseGap(requirement: GapRequirement, gap: ReadonlyMap<string, GapFields>): GapFields | undefined {
  for (let id: string | undefined = requirement.id; id; id = clauseById(id)?.parent) {
    const row = gap.get(id);
    if (row && (row.currentRating?.trim() || row.currentState?.trim() || row.recommendation?.trim()))
      return row;
  }
  return undefined;
}

/** Risk ids shown per checklist row: those above the criterion first; the rest counted, so a cell stays short. */
const SHOWN_RISKS = 20;

function linkedRisksText(facts: ControlFacts): string {
  const above = new Set(facts.above);
  const ordered = [...facts.above, ...facts.risks.filter((r) => !above.has(r))];
  const shown = ordered.slice(0, SHOWN_RISKS).join(", ");
  return ordered.length > SHOWN_RISKS ? `${shown} (+${ordered.length - SHOWN_RISKS})` : shown;
}

interface ChecklistItem {
  readonly row: RegisterFields<"auditChecklist">;
  readonly group: string;
  readonly kind: "clause" | "control";
  readonly priority: SamplingPriority;
  readonly above: readonly string[];
}

function checklistItems(sources: AuditSources): ChecklistItem[] {
  const { lang } = sources;
  const gap = gapById(sources.gap);
  const clauseItems = clauseLeaves().map((requirement): ChecklistItem => {
    const g = clauseGap(requirement, gap);
    const evidence = requirement.evidence.map((e) => e[lang]).join(t(lang, "registers.audit.listSeparator"));
    const priority = clausePriority(g);
    const documents = clauseDocuments(requirement.id, sources.registers, lang);
    return {
      group: requirement.group,
      kind: "clause",
      priority,
      above: [],
      row: {
        requirementId: requirement.id,
        requirement: requirement.title[lang],
        ...(documents ? { documents } : {}),
        auditPoint:
          gapPoint(g, lang) ?? (evidence ? t(lang, "registers.audit.point.evidence", { evidence }) : ""),
        method: t(lang, "registers.audit.method.clause"),
        priority: priorityLabel(priority, lang),
      },
    };
  });
  const controlItems = applicableControls(sources).map((facts): ChecklistItem => {
    const requirementId = facts.requirement.id;
    const g = gap.get(requirementId);
    const priority = controlPriority(facts, g);
    const point =
      gapPoint(g, lang) ??
      (facts.documents
        ? t(lang, "registers.audit.point.control", { documents: facts.documents })
        : t(lang, "registers.audit.point.controlNoDocument"));
    return {
      group: facts.requirement.group,
      kind: "control",
      priority,
      above: facts.above,
      row: {
        requirementId,
        requirement: facts.requirement.title[lang],
        ...(facts.documents ? { documents: facts.documents } : {}),
        auditPoint: point,
        method: t(lang, "registers.audit.method.control"),
        ...(facts.risks.length > 0 ? { linkedRisks: linkedRisksText(facts) } : {}),
        priority: priorityLabel(priority, lang),
      },
    };
  });
  return [...clauseItems, ...controlItems];
}

/**
 * The audit checklist: every clause 4–10 requirement, then exactly the SoA's applicable controls (none
 * of the excluded or undecided), each with its requirement, documents, audit point (from the gap
 * analysis, else what an auditor asks to see), method, linked risks and sampling priority; the columns an
 * auditor fills (finding, judgement, NC number, auditor, date) left blank.
 * @example auditChecklistRows(sources).map((r) => r.requirementId) // ["4.1", "4.2", …, "10.2", "A.5.1", "A.8.13"]
 */
export function auditChecklistRows(sources: AuditSources): RegisterFields<"auditChecklist">[] {
  return checklistItems(sources).map((item, i) => ({ itemId: i + 1, ...item.row }));
}

/** The programme's id of a clause or theme row: "IA-4" … "IA-10", "IA-A5" … ("IA-A18" for 2013). */
const auditIdOf = (kind: "clause" | "control", group: string): string =>
  kind === "clause" ? `IA-${group}` : `IA-A${group.replace(/^A\./, "")}`;

function themeTitle(group: string, standard: Standard, lang: Lang): string {
  const first = gapRequirements(standard).find((r) => r.kind === "control" && r.group === group);
  const id = first ? (canonicalId(first.id, standard)?.id ?? first.id) : "";
  const label = themeLabel(id, standard, lang) ?? group;
  return standard === "2022" ? `${group} ${label}` : label;
}

/**
 * The audit programme: one row per clause 4–10 and per Annex A theme (2022: 5–8; 2013: A.5–A.18), with the
 * requirements it covers (applicable controls only), the risks above the criterion its controls answer,
 * and a sampling priority (a theme answering three or more such risks is High, one or two Medium; a
 * clause takes its highest requirement's); auditee, auditor and dates for the audit team.
 * @example auditProgrammeRows(sources)[0] // { auditId: "IA-4", area: "Clause 4 Context of the organization", requirements: "ISO/IEC 27001 4.1, 4.2, 4.3, 4.4", priority: "Medium" }
 */
export function auditProgrammeRows(sources: AuditSources): RegisterFields<"auditProgramme">[] {
  const { lang, standard } = sources;
  const items = checklistItems(sources);
  const separator = ", ";
  const clauseRows = clauses()
    .filter((c) => c.parent === undefined)
    .map((clause): RegisterFields<"auditProgramme"> => {
      const mine = items.filter((item) => item.kind === "clause" && item.group === clause.id);
      const top = mine.reduce<SamplingPriority>(
        (best, item) => (PRIORITY_RANK[item.priority] > PRIORITY_RANK[best] ? item.priority : best),
        "low",
      );
      return {
        auditId: auditIdOf("clause", clause.id),
        area: t(lang, "registers.audit.clauseArea", { id: clause.id, title: clause.title[lang] }),
        requirements: t(lang, "registers.audit.criteria", {
          ids: mine.map((item) => String(item.row.requirementId)).join(separator),
        }),
        priority: priorityLabel(top, lang),
      };
    });
  const groups = [
    ...new Set(
      gapRequirements(standard)
        .filter((r) => r.kind === "control")
        .map((r) => r.group),
    ),
  ];
  const themeRows = groups.map((group): RegisterFields<"auditProgramme"> => {
    const mine = items.filter((item) => item.kind === "control" && item.group === group);
    const risks = new Set(mine.flatMap((item) => item.above));
    const priority: SamplingPriority = risks.size >= 3 ? "high" : risks.size >= 1 ? "medium" : "low";
    const ids = mine.map((item) => String(item.row.requirementId).replace(/^A\.(?=\d+\.\d+$)/, ""));
    return {
      auditId: auditIdOf("control", group),
      area: t(lang, "registers.audit.themeArea", { title: themeTitle(group, standard, lang) }),
      requirements:
        ids.length > 0
          ? t(lang, "registers.audit.criteria", { ids: ids.join(separator) })
          : t(lang, "registers.audit.criteriaNone"),
      priority: priorityLabel(priority, lang),
      riskCount: risks.size,
    };
  });
  return [...clauseRows, ...themeRows];
}
