/**
 * `isms catalog`: the Annex A control list of an edition (id, theme, English and Chinese titles), or
 * with `--map 2013` the ISO/IEC 27002:2022 Table B.1 pairs from 2013 to 2022 controls.
 */
import { ANNEX_A_2013 } from "../../domain/catalog/annexA2013";
import { ANNEX_A_2022 } from "../../domain/catalog/annexA2022";
import { MAPPING_PAIRS } from "../../domain/catalog/mapping";
import { choiceFlag } from "../cliArgs";
import { EXIT_OK, isFailure, type CliContext } from "../cliContext";
import type { Command } from "./command";

export interface CatalogControl {
  readonly id: string;
  readonly theme: string;
  readonly title_en: string;
  readonly title_zh: string;
}

/** The controls of an edition in the contract's JSON shape (2013 controls carry their domain as theme). */
export function catalogControls(standard: "2022" | "2013"): readonly CatalogControl[] {
  if (standard === "2013") {
    return ANNEX_A_2013.map((c) => ({
      id: c.id,
      theme: c.domain.id,
      title_en: c.title.en,
      title_zh: c.title["zh-CN"],
    }));
  }
  return ANNEX_A_2022.map((c) => ({
    id: c.id,
    theme: c.theme,
    title_en: c.title.en,
    title_zh: c.title["zh-CN"],
  }));
}

function themeName(ctx: CliContext, theme: string): string {
  const themes = ["organizational", "people", "physical", "technological"] as const;
  const known = themes.find((candidate) => candidate === theme);
  return known ? ctx.say(`cli.theme.${known}`) : theme;
}

function printControls(ctx: CliContext, standard: "2022" | "2013", json: boolean): void {
  const controls = catalogControls(standard);
  if (json) return ctx.printJson({ standard, controls });
  const title = (c: CatalogControl) => (ctx.lang === "zh-CN" && c.title_zh ? c.title_zh : c.title_en);
  ctx.print(
    ctx.say("cli.result.controls", { standard, count: controls.length }),
    ...controls.map((c) => `${c.id.padEnd(10)} ${themeName(ctx, c.theme).padEnd(16)} ${title(c)}`),
  );
}

function printMapping(ctx: CliContext, json: boolean): void {
  const pairs = MAPPING_PAIRS.map((pair) => ({ id_2013: pair.id2013, id_2022: pair.id2022 }));
  if (json) return ctx.printJson({ pairs });
  ctx.print(
    ctx.say("cli.result.pairs", { count: pairs.length }),
    ...pairs.map((pair) => `${pair.id_2013.padEnd(10)} → ${pair.id_2022}`),
  );
}

export const catalogCommand: Command = {
  name: "catalog",
  options: { standard: { type: "string" }, map: { type: "string" }, json: { type: "boolean" } },
  positionals: 0,
  help: (ctx) => ctx.say("cli.help.catalog"),
  async run(args, ctx) {
    const standard = choiceFlag(args, "standard", ["2022", "2013"], "2022");
    if (isFailure(standard)) return standard;
    const map = choiceFlag(args, "map", ["2013"], "2013");
    if (isFailure(map)) return map;
    const json = args.flags.json === true;
    if (args.flags.map !== undefined) printMapping(ctx, json);
    else printControls(ctx, standard, json);
    return EXIT_OK;
  },
};
