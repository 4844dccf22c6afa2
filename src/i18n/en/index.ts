import { app } from "./app";
import { functions } from "./functions";
import { guide } from "./guide";
import { heat } from "./heat";
import { layout } from "./layout";
import { protection } from "./protection";
import { readiness } from "./readiness";
import { registers } from "./registers";
import { port } from "./port";
import { validation } from "./validation";
import { workbook } from "./workbook";

/** English messages: the source of truth for every key. */
export const en = {
  app,
  functions,
  guide,
  heat,
  layout,
  port,
  protection,
  readiness,
  registers,
  validation,
  workbook,
} as const;
