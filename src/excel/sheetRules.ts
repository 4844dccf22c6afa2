/**
 * The rules of a SheetPlan as sized writes: list validations, conditional formats (cell value and
 * formula), and hyperlinks to cells. Existing rules on the same ranges are cleared first, so applying a
 * plan again replaces them instead of stacking duplicates.
 */
import type {
  ConditionalFormatPlan,
  DateValidationPlan,
  HyperlinkPlan,
  ListValidationPlan,
  SheetPlan,
} from "../workbook/plan";
import { quotedSheet } from "../workbook/cells/cellAddress";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";

const OPERATORS = {
  between: "Between",
  equal: "EqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
} as const satisfies Record<
  Extract<ConditionalFormatPlan, { kind: "cellValue" }>["operator"],
  Excel.ConditionalCellValueRule["operator"]
>;

/** A list's source: a reference ("=ISMS_Options") as is, or the items comma-separated. */
export function listSource(source: ListValidationPlan["source"]): string {
  return typeof source === "string" ? source : source.join(",");
}

function validationWrite(sheet: string, validation: ListValidationPlan): Write {
  return smallWrite(
    validation,
    (context) => {
      const rule = sheetProxy(context, sheet).getRange(validation.range).dataValidation;
      rule.clear();
      rule.rule = { list: { inCellDropDown: true, source: listSource(validation.source) } };
      rule.ignoreBlanks = validation.allowBlank;
      if (validation.errorMessage !== undefined) {
        const style = validation.alert === "warning" ? "Warning" : "Stop";
        rule.errorAlert = { showAlert: true, style, title: "", message: validation.errorMessage };
      }
    },
    7,
  );
}

/** A date column's validation: a date on or after the plan's first, or a blank. */
function dateValidationWrite(sheet: string, validation: DateValidationPlan): Write {
  return smallWrite(
    validation,
    (context) => {
      const rule = sheetProxy(context, sheet).getRange(validation.range).dataValidation;
      rule.clear();
      rule.rule = { date: { formula1: validation.from, operator: "GreaterThanOrEqualTo" } };
      rule.ignoreBlanks = true;
      rule.errorAlert = { showAlert: true, style: "Stop", title: "", message: validation.errorMessage };
    },
    7,
  );
}

function paint(format: Excel.ConditionalRangeFormat, plan: ConditionalFormatPlan): void {
  format.fill.color = plan.fill;
  if (plan.fontColor !== undefined) format.font.color = plan.fontColor;
}

function conditionalFormatWrite(sheet: string, plan: ConditionalFormatPlan): Write {
  return smallWrite(
    plan,
    (context) => {
      const formats = sheetProxy(context, sheet).getRange(plan.range).conditionalFormats;
      if (plan.kind === "cellValue") {
        const added = formats.add("CellValue").cellValue;
        added.rule = { formula1: plan.formula1, formula2: plan.formula2, operator: OPERATORS[plan.operator] };
        paint(added.format, plan);
      } else {
        const added = formats.add("Custom").custom;
        added.rule.formula = plan.formula;
        paint(added.format, plan);
      }
    },
    11,
  );
}

/** Clears conditional formats once per distinct range, before any is added. */
function clearConditionalFormats(sheet: string, plans: readonly ConditionalFormatPlan[]): Write[] {
  const ranges = [...new Set(plans.map((plan) => plan.range))];
  return ranges.map((range) =>
    smallWrite(range, (context) => sheetProxy(context, sheet).getRange(range).conditionalFormats.clearAll()),
  );
}

function hyperlinkWrite(sheet: string, link: HyperlinkPlan): Write {
  return smallWrite(
    link,
    (context) => {
      sheetProxy(context, sheet).getRange(link.address).hyperlink = {
        documentReference: `${quotedSheet(link.targetSheet)}!${link.targetAddress}`,
        textToDisplay: link.text,
      };
    },
    3,
  );
}

/** Validations, conditional formats and hyperlinks of one sheet. */
export function sheetRuleWrites(plan: SheetPlan): Write[] {
  return [
    ...plan.validations.map((validation) => validationWrite(plan.name, validation)),
    ...(plan.dateValidations ?? []).map((validation) => dateValidationWrite(plan.name, validation)),
    ...clearConditionalFormats(plan.name, plan.conditionalFormats),
    ...plan.conditionalFormats.map((format) => conditionalFormatWrite(plan.name, format)),
    ...plan.hyperlinks.map((link) => hyperlinkWrite(plan.name, link)),
  ];
}
