import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Chromium logs every 4xx response as a console error. Those are expected where a flow provokes one
 * (the 401 of the first session check, a wrong password, a refused page); anything else — a CSP
 * violation, a React error, an uncaught exception, a 5xx — fails the flow.
 */
const EXPECTED_CONSOLE_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

export function expectNoConsoleProblems(problems: string[], flow: string): void {
  expect(
    problems.filter((text) => !EXPECTED_CONSOLE_ERROR.test(text)),
    `console problems in ${flow}`,
  ).toEqual([]);
}

/** The page fits the viewport: nothing sticks out sideways (no horizontal scroll on a phone). */
export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `scrollWidth of ${page.url()}`).toBeLessThanOrEqual(width);
}

/** A short page (the console home) fits the window: no scrollbar either way. */
export async function expectFitsViewport(page: Page, viewport: { width: number; height: number }) {
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  expect(size, `document size of ${page.url()}`).toEqual({ width: viewport.width, height: viewport.height });
}

/** Scrolled into view, the element is not hidden under a fixed bar (the phone's tab bar). */
export async function expectClearOfFixedBar(page: Page, element: Locator, bar: Locator): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const box = await element.boundingBox();
  const barBox = await bar.boundingBox();
  expect(box && barBox, 'element and bar are rendered').toBeTruthy();
  if (box && barBox) expect(box.y + box.height, 'bottom of the element').toBeLessThanOrEqual(barBox.y);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until the locator is visible (Playwright's auto-wait) and returns its trimmed text content. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'visible' });
  return ((await locator.textContent()) ?? '').trim();
}

/** Fills the login form of either app (both use ids username/password) and presses its 登录 button. */
export async function submitLogin(page: Page, username: string, password: string, button: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** The antd popup that is open now (Select, TreeSelect, AutoComplete all render one). */
export function openPopup(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/** Picks a unit in an antd TreeSelect by typing its name and clicking the matching tree node. */
export async function pickTreeNode(page: Page, field: Locator, title: string): Promise<void> {
  await field.click();
  await field.fill(title);
  await openPopup(page).locator(`.ant-select-tree-node-content-wrapper[title="${title}"]`).click();
  // the popup fades out: wait until it is gone, or axe sees half-transparent text
  await openPopup(page).waitFor({ state: 'hidden' });
}

/** Picks an option of an antd Select/AutoComplete whose label matches, after typing `search`. */
export async function pickOption(page: Page, field: Locator, search: string, label: string | RegExp) {
  await field.click();
  await field.fill(search);
  await openPopup(page).locator('.ant-select-item-option').filter({ hasText: label }).first().click();
  await openPopup(page).waitFor({ state: 'hidden' });
}
