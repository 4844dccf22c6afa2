import { app } from "./app";
import { catalog } from "./catalog";
import { functions } from "./functions";
import { port } from "./port";
import { validation } from "./validation";
import { workbook } from "./workbook";

/** English messages: the source of truth for every key. */
export const en = { app, catalog, functions, port, validation, workbook } as const;
