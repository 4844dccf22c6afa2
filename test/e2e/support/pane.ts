/**
 * Opens the built task pane (dist/) in Debian's headless Chromium through playwright-core, with office.js
 * replaced by the local shim. Nothing leaves the machine: every non-local request is refused.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { WorkbookSeed } from "../../fakes";
import { repoRoot } from "../../support/root";
import { bundleOfficeShim } from "./shimBundle";

const root = repoRoot;
const dist = path.join(root, "dist");
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Flags that keep Chromium quiet on a machine with no internet (see the README's test notes). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface OpenOptions {
  readonly lang: "en-US" | "zh-CN";
  readonly width?: number;
  /** What the fake workbook holds before the pane starts (empty by default). */
  readonly seed?: WorkbookSeed;
  /** The page's clock, fixed at this time (timers still run); the machine's when absent. */
  readonly now?: Date;
}

export interface PaneHost {
  readonly baseUrl: string;
  readonly browser: Browser;
  open(options: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function startPaneHost(executablePath: string): Promise<PaneHost> {
  if (!existsSync(path.join(dist, "taskpane.html")))
    throw new Error("dist/taskpane.html missing: run `npm run build`");
  const [shim, server] = await Promise.all([bundleOfficeShim(), serveDist()]);
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });

  async function open({ lang, width = 320, seed, now }: OpenOptions): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 720 } });
    if (now) await page.clock.setFixedTime(now);
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.endsWith("/office.js")) return route.fulfill({ contentType: "text/javascript", body: shim });
      if (url.startsWith(baseUrl)) return route.continue();
      return route.abort();
    });
    await page.addInitScript(
      ({ displayLanguage, seed }) => {
        (window as unknown as { __ISMS_E2E__: unknown }).__ISMS_E2E__ = { displayLanguage, seed };
      },
      { displayLanguage: lang, seed },
    );
    await page.goto(`${baseUrl}/taskpane.html`);
    return page;
  }

  return {
    baseUrl,
    browser,
    open,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
