/**
 * `isms risk`: one risk value and level by a named method, from the ratings given as flags. The
 * ratings each method takes come from the risk engine (riskInputs), so the command never disagrees
 * with the workbook formulas or the ISMS.* functions.
 */
import { assessRisk, levelDefinition, riskInputs } from "../../domain/risk";
import { METHOD_IDS, presetById, type RatingKey, type RiskAssessment } from "../../domain/methodology";
import type { RatingError } from "../../domain/methodology";
import { t } from "../../i18n";
import { stringFlag, type OptionSpecs, type ParsedArgs } from "../cliArgs";
import { EXIT_OK, failure, type CliContext, type CliFailure, type CliKey } from "../cliContext";
import type { Command } from "./command";

const RATING_FLAGS: readonly RatingKey[] = [
  "asset",
  "threat",
  "vulnerability",
  "likelihood",
  "impact",
  "c",
  "i",
  "a",
];

const ratingOptions: OptionSpecs = Object.fromEntries(RATING_FLAGS.map((flag) => [flag, { type: "string" }]));

const RATING_MESSAGES: { readonly [C in RatingError["code"]]: CliKey } = {
  "rating.missing": "cli.args.ratingMissing",
  "rating.notNumber": "cli.args.ratingNotNumber",
  "rating.outOfRange": "cli.args.ratingOutOfRange",
};

/** Flag text → what a cell would hold: a number when it reads as one, else the text itself. */
function ratingValue(text: string | undefined): string | number | undefined {
  if (text === undefined) return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text.trim()) ? Number(text) : text;
}

/** The help's list of methods and the ratings each takes. */
export function methodLines(ctx: CliContext): string {
  return METHOD_IDS.map((method) => {
    const flags = riskInputs(method)
      .map((input) => `--${input}`)
      .join(" ");
    return `  ${method}: ${t(ctx.lang, `functions.methods.${method}`)} (${flags})`;
  }).join("\n");
}

function unusedFlag(args: ParsedArgs, method: string, inputs: readonly RatingKey[]): CliFailure | undefined {
  const unused = RATING_FLAGS.find((flag) => args.flags[flag] !== undefined && !inputs.includes(flag));
  if (unused === undefined) return undefined;
  const taken = inputs.map((input) => `--${input}`).join(" ");
  return failure("cli.args.ratingUnused", { method, flag: unused, inputs: taken });
}

function printResult(
  ctx: CliContext,
  method: string,
  result: RiskAssessment,
  label: string,
  json: boolean,
): void {
  if (json) {
    ctx.printJson({
      method,
      value: result.value,
      level: result.level,
      label,
      intermediate: result.intermediate,
    });
    return;
  }
  const lines = [ctx.say("cli.result.risk", { method, value: result.value, level: result.level, label })];
  for (const [name, value] of Object.entries(result.intermediate)) {
    const shown = ctx.say(`cli.intermediate.${name as keyof RiskAssessment["intermediate"]}`);
    lines.push(ctx.say("cli.result.intermediate", { name: shown, value: String(value) }));
  }
  ctx.print(...lines);
}

export const riskCommand: Command = {
  name: "risk",
  options: { method: { type: "string" }, json: { type: "boolean" }, ...ratingOptions },
  positionals: 0,
  help: (ctx) => ctx.say("cli.help.risk", { inputs: methodLines(ctx) }),
  async run(args, ctx) {
    const method = stringFlag(args, "method");
    const methods = METHOD_IDS.join(", ");
    if (method === undefined) return failure("cli.args.methodRequired", { methods });
    const methodology = presetById(method);
    if (!methodology) return failure("cli.args.unknownMethod", { value: method, methods });
    const inputs = riskInputs(methodology.method);
    const unused = unusedFlag(args, method, inputs);
    if (unused) return unused;
    const ratings = Object.fromEntries(inputs.map((input) => [input, ratingValue(stringFlag(args, input))]));
    const result = assessRisk(methodology, ratings);
    if (!result.ok) {
      const { code, argument, min, max } = result.error;
      const value = stringFlag(args, argument) ?? "";
      return failure(RATING_MESSAGES[code], { method, flag: argument, min, max, value });
    }
    const label = levelDefinition(methodology, result.level)?.label[ctx.lang] ?? String(result.level);
    printResult(ctx, method, result, label, args.flags.json === true);
    return EXIT_OK;
  },
};
