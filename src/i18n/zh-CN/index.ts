import type { Messages } from "../index";
import { app } from "./app";
import { catalog } from "./catalog";
import { functions } from "./functions";
import { port } from "./port";
import { validation } from "./validation";
import { workbook } from "./workbook";

/** Simplified Chinese messages, in the wording Chinese ISMS consultants use. */
export const zhCN: Messages = { app, catalog, functions, port, validation, workbook };
