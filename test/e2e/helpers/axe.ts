/// <reference lib="dom" />
// The accessibility audit (issue 16): axe-core, the maintained npm package, run inside the
// page on one screen at a time. Each screen's full report is written as JSON next to the
// screenshots (axe-<locale>-<screen>.json, with its screenshot), and a run's summary as
// markdown (axe-report-<locale>.md). A screen list can be run again in another locale and
// theme: the locale is only a name for the files here; the page's language is the browser's
// (openPage's `locale`) and the steps find controls through the catalogue they are given.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot, SCREENSHOTS } from './browser';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What fails the audit. "moderate" and "minor" ones are written to the report, not failed. */
export const BLOCKING_IMPACTS = ['serious', 'critical'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export interface ScreenResult {
  screen: string;
  violations: AxeViolation[];
  passes: number;
  incomplete: number;
}

/** One screen (or dialog, or open menu): how to bring it up, and how to leave it again. */
export interface Screen {
  name: string;
  open(page: Page): Promise<void>;
  close?(page: Page): Promise<void>;
}

export interface AuditRun {
  /** e.g. 'en' or 'pt-BR': names the files; the page's language is set where it is opened. */
  locale: string;
  /** Added to each screen's name, e.g. '-dark'. */
  suffix?: string;
  results: ScreenResult[];
}

export function newAuditRun(locale: string): AuditRun {
  return { locale, results: [] };
}

/**
 * Runs axe on the page as it is now and records it under `screen`. The source is evaluated
 * through the devtools protocol, which the page's CSP does not govern (it refuses inline
 * script elements), once per document.
 */
export async function auditNow(run: AuditRun, page: Page, screen: string): Promise<ScreenResult> {
  // Colours are measured as drawn: a toast still fading in would read as low contrast.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const report = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<unknown> } }).axe;
    return axe.run();
  })) as { violations: AxeViolation[]; passes: unknown[]; incomplete: unknown[] };
  const name = `${screen}${run.suffix ?? ''}`;
  const file = `axe-${run.locale}-${name}`;
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `${file}.json`), JSON.stringify(report, null, 2));
  await screenshot(page, file);
  const result = {
    screen: name,
    violations: report.violations,
    passes: report.passes.length,
    incomplete: report.incomplete.length,
  };
  run.results.push(result);
  return result;
}

/** Opens each screen in turn, audits it, and closes it. */
export async function auditScreens(run: AuditRun, page: Page, screens: Screen[]): Promise<void> {
  for (const screen of screens) {
    await screen.open(page);
    await auditNow(run, page, screen.name);
    await screen.close?.(page);
  }
}

/** The serious and critical violations of the run, one readable line each. */
export function blocking(run: AuditRun): string[] {
  return run.results.flatMap((r) =>
    r.violations
      .filter((v) => BLOCKING_IMPACTS.includes(v.impact ?? ''))
      .map(
        (v) =>
          `${r.screen}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
            .map((n) => JSON.stringify(n.target))
            .join(', ')}`,
      ),
  );
}

/** The run's summary as markdown, next to the screenshots; returns its path. */
export function writeAuditReport(run: AuditRun): string {
  const lines = [
    `# Accessibility audit (axe-core), locale ${run.locale}`,
    '',
    `${run.results.length} screens. Serious or critical violations fail the e2e suite; the others are listed.`,
    '',
    '| screen | violations (impact: rule × nodes) | passes | needs review |',
    '| --- | --- | --- | --- |',
    ...run.results.map((r) => {
      const found = r.violations.map((v) => `${v.impact}: ${v.id} × ${v.nodes.length}`);
      return `| ${r.screen} | ${found.join('<br>') || 'none'} | ${r.passes} | ${r.incomplete} |`;
    }),
    '',
  ];
  const path = join(SCREENSHOTS, `axe-report-${run.locale}.md`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(path, lines.join('\n'));
  writeFileSync(
    join(SCREENSHOTS, `axe-report-${run.locale}.json`),
    JSON.stringify(run.results, null, 2),
  );
  return path;
}
