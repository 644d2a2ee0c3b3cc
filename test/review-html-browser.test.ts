// The HTML review in a real browser: Debian's chromium, headless, driven by playwright-core (test/browser.ts,
// a fresh profile per launch; test/setup/chromium.sh installs chromium when missing). A patch whose
// sender, subject and code carry <script>, <img onerror> and <svg onload> must show as text, with the
// findings on the page, and run nothing — by the sanitiser, and by the page's CSP should markup get through.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { repoRoot, runCli, scratchDir } from './run-cli.js';

const hostile = join(repoRoot, 'test', '__fixtures__', 'hostile-patch.mbox');

let browser: Browser;
let page: Page;
let html: string;

beforeAll(async () => {
  const r = runCli(['review', '-o', 'html', '--db', join(scratchDir(), 'unused.db'), hostile]);
  expect(r.status, r.stderr).toBe(0);
  html = r.stdout;
  browser = await launchBrowser();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(text: string): Promise<void> {
  const file = join(scratchDir(), 'review.html');
  writeFileSync(file, text);
  await page.goto(pathToFileURL(file).href);
}

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

describe('mlreview review -o html in chromium', () => {
  it('runs a script on a page that allows it (the harness can see script run)', async () => {
    await page.setContent('<p>control</p><script>window.__pwned = "control"</script>');
    expect(await pwned()).toBe('control');
  });

  it('shows the findings, with the hostile subject and code as text', async () => {
    await open(html);
    await expect.poll(() => page.locator('h3', { hasText: 'Trailing whitespace' }).count()).toBe(3);
    expect(await page.locator('h3').first().isVisible()).toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toContain("misc/ringbuf: <script>window.__pwned = 'subject'</script>");
    expect(text).toContain("/* <script>window.__pwned = 'code'</script> */");
    expect(text).toContain('onload="window.__pwned');
  });

  it('runs none of it: no script, image or svg element, nothing set', async () => {
    await open(html);
    expect(await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, object, embed').length)).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on'))))).toBe(false);
    expect(await pwned()).toBeNull();
  });

  it('still runs nothing when markup is slipped into the page: the Content-Security-Policy forbids script', async () => {
    const tampered = html.replace('<body>', '<body><script>window.__pwned = "inline"</script><img src="x" onerror="window.__pwned = \'img\'">');
    await open(tampered);
    expect(await page.locator('img').count()).toBe(1);
    expect(await pwned()).toBeNull();
    expect(readFileSync(hostile, 'utf8')).toContain('<script>');
  });
});
