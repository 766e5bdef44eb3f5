// axe-core in the popup page, for the accessibility checks of the popup suites.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation { id: string; impact: string | null; nodes: number; help: string }

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // the extension's CSP rightly blocks an inline <script> (addScriptTag): evaluate the source instead
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const res = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v: { id: string; impact: string | null; nodes: unknown[]; help: string }) =>
      ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
}
