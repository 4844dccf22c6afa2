import type { Messages } from "../index";
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

/** Simplified Chinese messages, in the wording Chinese ISMS consultants use. */
export const zhCN: Messages = {
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
};
