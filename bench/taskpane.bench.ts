/** Task pane start-up in headless Chromium: navigation → interactive (heading and tabs rendered),
 * measured on the page's own clock, so browser start and page creation are not counted. */
import { chromiumProgram } from "../test/support/programs";
import { startPaneHost } from "../test/e2e/support/pane";
import { report } from "./harness";

async function main(): Promise<void> {
  const chromium = chromiumProgram();
  if (!chromium.path) {
    console.log(chromium.hint);
    return;
  }
  const host = await startPaneHost(chromium.path);
  try {
    const samples: number[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await host.open({ lang: i % 2 ? "zh-CN" : "en-US" });
      // The page's own clock starts at navigation: read it once the tabs (the interactive shell) exist.
      await page.waitForFunction(() => document.querySelector('[role="tab"]') !== null, undefined, {
        polling: "raf",
      });
      samples.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    const warm = samples.slice(1).sort((a, b) => a - b);
    report("pane first render, cold browser", samples[0] ?? NaN, "ms");
    report("pane first render, median of 3 warm", warm[1] ?? NaN, "ms", { op: "<", value: 1000 });
  } finally {
    await host.close();
  }
}

void main();
