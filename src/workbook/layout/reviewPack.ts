/**
 * The management review input pack (管理评审输入): the inputs clause 9.3.2 lists, each filled from the
 * workbook where it can be — the previous review's decisions, the nonconformity log, the objectives'
 * measurements, the audit checklist's judgements, the risk register and treatment plan, the improvement
 * opportunities — and left blank for people where only people know (changes of issues and of interested
 * parties' needs, their feedback). The counting is its own function, so what the pack says can be checked.
 */
import type { ReviewInput } from "../../domain/readiness/types";
import { REVIEW_INPUTS } from "../../domain/readiness/types";
import { t } from "../../i18n";
import type { RegisterFields } from "../records";
import { riskAboveCriterion, type AuditSources } from "./auditSheets";

export interface ReviewCounts {
  /** Decisions and actions recorded by the previous review (its sheet's decision cells filled). */
  readonly previousDecisions: number;
  readonly nonconformities: { readonly total: number; readonly open: number; readonly closed: number };
  readonly objectives: { readonly total: number; readonly measured: number; readonly achieved: number };
  readonly audit: {
    /** Checklist rows. */
    readonly total: number;
    /** Rows with a judgement. */
    readonly judged: number;
    readonly conforming: number;
    readonly major: number;
    readonly minor: number;
    readonly observation: number;
    readonly improvement: number;
  };
  readonly risks: {
    readonly total: number;
    readonly above: number;
    readonly treatments: number;
    readonly done: number;
    readonly verified: number;
    /** Treatments whose residual risk someone accepted (an approver named). */
    readonly residualAccepted: number;
  };
  /** Gap-analysis rows with a recommendation. */
  readonly gapRecommendations: number;
}

const filled = (value: string | number | undefined): boolean =>
  value !== undefined && String(value).trim() !== "";

/**
 * What the workbook says for the review, counted from its rows (a row counts when its id or main text is
 * filled; a nonconformity without a status is open).
 * @example reviewCounts(sources).nonconformities // { total: 1, open: 1, closed: 0 }
 */
export function reviewCounts(sources: AuditSources): ReviewCounts {
  const r = sources.registers;
  const ncs = (r.nonconformities ?? []).filter((nc) => filled(nc.ncId) || filled(nc.description));
  const closed = ncs.filter((nc) => nc.status === "closed").length;
  const objectives = (r.objectives ?? []).filter((o) => filled(o.objectiveId) || filled(o.objective));
  const checklist = (r.auditChecklist ?? []).filter((c) => filled(c.requirementId));
  const grade = (key: string) => checklist.filter((c) => c.grade === key).length;
  const risks = sources.risks.filter((risk) => filled(risk.riskId));
  const treatments = sources.treatments.filter((tr) => filled(tr.riskId));
  return {
    previousDecisions: (r.review ?? []).filter((row) => filled(row.decision)).length,
    nonconformities: { total: ncs.length, open: ncs.length - closed, closed },
    objectives: {
      total: objectives.length,
      measured: objectives.filter((o) => filled(o.result)).length,
      achieved: objectives.filter((o) => o.achieved === "yes").length,
    },
    audit: {
      total: checklist.length,
      judged: checklist.filter((c) => filled(c.grade)).length,
      conforming: grade("conforming"),
      major: grade("major"),
      minor: grade("minor"),
      observation: grade("observation"),
      improvement: grade("improvement"),
    },
    risks: {
      total: risks.length,
      above: risks.filter((risk) => riskAboveCriterion(risk, sources.methodology)).length,
      treatments: treatments.length,
      done: treatments.filter((tr) => tr.status === "done").length,
      verified: treatments.filter((tr) => tr.status === "verified").length,
      residualAccepted: treatments.filter((tr) => filled(tr.acceptedBy)).length,
    },
    gapRecommendations: sources.gap.filter((g) => filled(g.recommendation)).length,
  };
}

/** The data text and count of one input; undefined where only people can say. */
function inputData(
  input: ReviewInput,
  c: ReviewCounts,
  sources: AuditSources,
): { readonly data: string; readonly count: number } | undefined {
  const { lang } = sources;
  switch (input) {
    case "a":
      return c.previousDecisions > 0
        ? {
            data: t(lang, "registers.reviewData.a", { count: c.previousDecisions }),
            count: c.previousDecisions,
          }
        : { data: t(lang, "registers.reviewData.aNone"), count: 0 };
    case "d1":
      return { data: t(lang, "registers.reviewData.d1", c.nonconformities), count: c.nonconformities.total };
    case "d2":
      return {
        data: t(lang, "registers.reviewData.d2", c.objectives),
        count: c.objectives.measured,
      };
    case "d3":
      return { data: t(lang, "registers.reviewData.d3", c.audit), count: c.audit.judged };
    case "d4":
      return { data: t(lang, "registers.reviewData.d4", c.objectives), count: c.objectives.achieved };
    case "f":
      return {
        data: t(lang, "registers.reviewData.f", {
          risks: c.risks.total,
          above: c.risks.above,
          treatments: c.risks.treatments,
          done: c.risks.done,
          verified: c.risks.verified,
          accepted: c.risks.residualAccepted,
        }),
        count: c.risks.above,
      };
    case "g": {
      const params = {
        improvement: c.audit.improvement,
        observation: c.audit.observation,
        gaps: c.gapRecommendations,
      };
      return {
        data: t(lang, "registers.reviewData.g", params),
        count: params.improvement + params.observation + params.gaps,
      };
    }
    default:
      return undefined;
  }
}

/**
 * The pack's rows, one per input: its wording, and the workbook's data and count where it has them.
 * Counts: a) decisions of the previous review, d1) nonconformities, d2) objectives measured, d3)
 * checklist items judged, d4) objectives achieved, f) risks above the criterion, g) improvement
 * opportunities, observations and gap recommendations together.
 * @example reviewPackRows(sources, reviewCounts(sources)).find((r) => r.inputId === "d1")?.count // 1
 */
export function reviewPackRows(sources: AuditSources, counts: ReviewCounts): RegisterFields<"review">[] {
  return REVIEW_INPUTS.map((inputId) => {
    const data = inputData(inputId, counts, sources);
    return {
      inputId,
      input: t(sources.lang, `registers.reviewInputs.${inputId}`),
      ...(data ? { data: data.data, count: data.count } : {}),
    };
  });
}
