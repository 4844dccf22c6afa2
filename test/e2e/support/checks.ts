/** What every panel must satisfy in a real browser: accessibility, no horizontal overflow, screenshots. */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { repoRoot } from "../../support/root";

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const screenshotDir = path.join(repoRoot, "test/e2e/__screenshots__");

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * axe-core run in the page; returns the serious and critical violations only. Fluent's focus manager
 * (tabster) inserts aria-hidden `<i tabindex=0 data-tabster-dummy>` sentinels that hand focus on at once;
 * axe reports them as focusable hidden elements, so they are excluded — nothing else is. Transitions and
 * animations are switched off first, so colours are measured as they settle.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged as they settle: a Fluent colour transition caught half-way (a button just enabled)
  // would otherwise be measured at an in-between contrast, now and then.
  await page.addStyleTag({
    content: "*,*::before,*::after{transition:none!important;animation:none!important}",
  });
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Context = { include: Document; exclude: string[][] };
    const axe = (window as unknown as { axe: { run: (context: Context) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run({ include: document, exclude: [["[data-tabster-dummy]"]] });
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
  });
}

/**
 * How far content reaches past the right edge of the pane (0 or less when nothing overflows): the page's
 * own sideways scroll, and any visible element drawn beyond the viewport (which `overflow: hidden` on an
 * ancestor would otherwise hide from the scroll width).
 */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let worst = document.documentElement.scrollWidth - width;
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      worst = Math.max(worst, Math.ceil(box.right) - width);
    }
    return worst;
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Presses Tab up to `limit` times (stopping early once `until` matches an element's role) and returns the
 * elements that took focus: accessible name, role, and whether a focus indicator is drawn.
 */
export async function tabStops(
  page: Page,
  limit = 40,
  until?: string,
): Promise<{ name: string; role: string; outlined: boolean }[]> {
  const stops: { name: string; role: string; outlined: boolean }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      const outlined =
        (style.outlineStyle !== "none" && style.outlineWidth !== "0px") ||
        style.boxShadow !== "none" ||
        (after.borderStyle !== "none" && after.content !== "none") ||
        el.hasAttribute("data-fui-focus-visible");
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.tagName).trim();
      return { name, role: el.getAttribute("role") ?? el.tagName.toLowerCase(), outlined };
    });
    if (!stop) continue;
    stops.push(stop);
    if (until && stop.role === until) break;
  }
  return stops;
}
