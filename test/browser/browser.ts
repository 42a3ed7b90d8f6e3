/**
 * Opens a fresh browser session in Debian's Chromium through playwright-core (never a downloaded
 * browser), and collects console errors so every test can assert there were none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';

import chromiumConfig from './chromium.json';

// Debian's Chromium and the flags this machine needs (no background networking: the network is closed).
// bench/run.mjs reads the same file.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath;
const FLAGS = chromiumConfig.args;

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * One Chromium per test file, launched on first use and closed after the file's tests. Each session is a
 * context of its own (its own storage, caches and service workers, like a fresh profile), which costs a
 * fraction of launching a browser: most tests open one or more, and launches were minutes of CI. One
 * browser shared by every file (launched by the global setup) cost about 4% less CPU, but its one browser
 * process then served both lanes, and in one CI a double press sent 40 ms apart reached the page 406 ms
 * apart (oneDecision.test.ts), which a browser per file had not shown.
 */
let launched: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  launched ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  return launched;
}

afterAll(async () => {
  const browser = launched;
  launched = undefined;
  await (await browser)?.close();
});

export interface SessionOptions {
  /**
   * 'block' by default: the page then does not install the offline worker, whose precache of every file
   * of the build (3.4 MB) cost each fresh session about a second of Chromium's CPU in the background of
   * the test. Also 'block' where a test routes requests: the page's route cannot see what a service
   * worker serves. The offline, update and worker-policy tests, and the roads played as a player's first
   * visit (play, security, seams at desktop size), ask for 'allow'.
   */
  serviceWorkers?: 'allow' | 'block';
  /**
   * The device's motion preference. 'reduce' by default: the game then skips its long animations (the
   * act band, the table's seating, votes and meter moves, the portraits' fade) and draws each state at
   * once, which is what most tests look at; animated in software, every vote and meter move cost seconds
   * of Chromium's CPU while the test went on. The tests of motion itself, and those that play a player's
   * road as most players see it (play, table, screens, security, oneDecision…), ask for 'full'.
   */
  motion?: 'reduce' | 'full';
}

interface Viewport {
  width: number;
  height: number;
}

export async function openBrowser(
  viewport: Viewport = { width: 1280, height: 800 },
  { serviceWorkers = 'block', motion = 'reduce' }: SessionOptions = {},
): Promise<Session> {
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport,
    serviceWorkers,
    reducedMotion: motion === 'reduce' ? 'reduce' : 'no-preference',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const watch = (p: Page): void => {
    p.on('console', (message) => {
      // SwiftShader's WebGL readback warning is the machine's, not the game's (see TOOLCHAIN.md).
      if (message.type() === 'error' && !message.text().includes('GPU stall due to ReadPixels')) {
        errors.push(message.text());
      }
    });
    p.on('pageerror', (error) => errors.push(String(error)));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
    },
  };
}

/** A test's browser session (see sessionPerTest()). */
export interface TestSession {
  (): Session;
  /** Closes the test's session and opens another in its place, e.g. at a phone's size. */
  reopen(viewport?: Viewport, options?: SessionOptions): Promise<Session>;
}

/**
 * A fresh session for each test of the file, opened before it with these arguments and closed after it,
 * so that no test sees another's storage, caches or service workers. `session()` is the current one.
 */
export function sessionPerTest(viewport?: Viewport, options?: SessionOptions): TestSession {
  let current: Session | undefined;
  beforeEach(async () => {
    current = await openBrowser(viewport, options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const session = (): Session => {
    if (!current) throw new Error('a browser session is open only while a test runs');
    return current;
  };
  return Object.assign(session, {
    async reopen(otherViewport = viewport, otherOptions = options): Promise<Session> {
      await current?.close();
      current = await openBrowser(otherViewport, otherOptions);
      return current;
    },
  });
}

/** A box the table reports (a nameplate, a raised card, the lines in its middle): centre and size, design units. */
export interface TableBox {
  member: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const apart = (a: TableBox, b: TableBox): boolean =>
  Math.abs(a.x - b.x) * 2 >= a.w + b.w || Math.abs(a.y - b.y) * 2 >= a.h + b.h;

/**
 * What lies over what at the table: pairs of nameplates whose boxes intersect, vote cards held up over a
 * nameplate, and the lines in the table's middle running under one.
 */
export async function tableOverlaps(page: Page): Promise<string[]> {
  const status = await tableStatus(page);
  const labels = JSON.parse(status.tableLabels ?? '[]') as TableBox[];
  const cards = JSON.parse(status.tableCardBoxes ?? '[]') as TableBox[];
  const detail = JSON.parse(status.tableDetail ?? '[]') as TableBox[];
  expect(labels.length, 'the nameplates on show').toBeGreaterThan(5);
  const hits: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (!apart(a, b)) hits.push(`${a.member} and ${b.member}`);
  });
  for (const card of cards)
    for (const label of labels)
      if (!apart(card, label)) hits.push(`${card.member}'s card on ${label.member}`);
  for (const lines of detail)
    for (const label of labels)
      if (!apart(lines, label)) hits.push(`the table's middle under ${label.member}'s plate`);
  return hits;
}

/**
 * Waits until the game has booted (the `ui-ready` mark). The story is fetched before boot, so the load
 * event can come first: a test that writes to storage before this races the page's own first read.
 */
/** The table's status as its data-table-* attributes say it (DESIGN contract), keyed as `dataset` names them. */
export function tableStatus(page: Page): Promise<Record<string, string>> {
  return page.$eval(
    '[data-table]',
    (el) => Object.fromEntries(Object.entries((el as HTMLElement).dataset)) as Record<string, string>,
  );
}

export async function waitForBoot(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('ui-ready').length > 0);
}

/**
 * Waits until the choices on screen take input. After a decision the game ignores input until the next
 * choices are shown (one decision per choice set): the choices group carries aria-disabled meanwhile.
 * Locator clicks wait for this by themselves; key presses must wait for it here.
 */
export async function waitForChoices(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const group = document.querySelector('[data-choices]');
    return group?.querySelector('button') && group.getAttribute('aria-disabled') !== 'true';
  });
}

/** Presses a choice's key once the choices take input. */
export async function pressChoiceKey(page: Page, key: string): Promise<void> {
  await waitForChoices(page);
  await page.keyboard.press(key);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is (injected by evaluation, which the CSP allows to tests only). */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
      .axe.run;
    return (await run(document)).violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
