/** The commands of `isms`, by name, in the order the help lists them. */
import { catalogCommand } from "./catalogCommand";
import type { Command } from "./command";
import { soaCommand } from "./fileCommands";
import { gapCommand } from "./gapCommand";
import { importCommand } from "./importCommand";
import { newCommand } from "./newCommand";
import { readinessCommand } from "./readinessCommand";
import { riskCommand } from "./riskCommand";
import { validateCommand } from "./validateCommand";

export type { Command } from "./command";

export const COMMANDS: readonly Command[] = [
  newCommand,
  validateCommand,
  soaCommand,
  gapCommand,
  importCommand,
  readinessCommand,
  riskCommand,
  catalogCommand,
];

export function commandByName(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
