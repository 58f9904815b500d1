import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = path.resolve(new URL('.', import.meta.url).pathname, '../screenshots');

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1366, height: 860 };

/** `extraArgs`: more Chromium switches, e.g. a fake camera playing a file (--use-file-for-fake-video-capture). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // native date/time pickers follow the browser's own language, not the page's
      '--lang=zh-CN',
      ...extraArgs,
    ],
  });
}

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number },
  locale = 'zh-CN',
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale,
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: viewport.width < 500 ? 2 : 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
}

/**
 * The whole page. A page taller than the window is shot in a window as tall as the page, so fixed
 * bars (the phone's tab bar) sit at its bottom as they would when scrolled there, not over the middle.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await settleAnimations(page);
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.screenshot({ path: file });
    await page.setViewportSize(viewport);
  } else {
    await page.screenshot({ path: file, fullPage: true });
  }
  return file;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; fails the test on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await settleAnimations(page);
  // evaluated through DevTools, so the app's CSP (no inline scripts) stays on and is tested too
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations;
  });
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

/** Collects console errors and CSP violations; assert it is empty at the end of a flow. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  return problems;
}

/**
 * Waits for running CSS animations and transitions (popups fading, drawers sliding) to finish, so
 * axe and screenshots see the settled page and not half-transparent text. Endless ones are ignored.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY);
    await Promise.race([
      Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]);
  });
}

/**
 * Waits until every <canvas> (ECharts draws its charts on one) shows the same picture twice in a
 * row, 300 ms apart: chart animations run in canvas, not as CSS animations, so settleAnimations
 * does not see them, and a screenshot would catch the bars half grown. Gives up after `timeoutMs`.
 */
export async function settleCanvases(page: Page, timeoutMs = 5_000): Promise<void> {
  const picture = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('canvas'), (canvas) => canvas.toDataURL()).join('|'),
    );
  const deadline = Date.now() + timeoutMs;
  let last = await picture();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await picture();
    if (now === last) return;
    last = now;
  }
}

/** Screenshot and axe, the two checks every visited screen gets. */
export async function capture(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await expectAccessible(page, name);
}
