// End-to-end: `mlreview serve` in Debian's Chromium (playwright-core). A reviewer goes from the series list
// to a revision, a patch and a finding; mail that carries a script or an onerror attribute shows as text and
// runs nothing; the main pages are saved as screenshots under test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { examplesDir, repoRoot, runCli, scratchDir, startCli } from './run-cli.js';

const SCREENSHOTS = join(repoRoot, 'test-results', 'screenshots');

// A reply to v2 1/3 that tries everything a hostile sender would: script in the subject and the body,
// an image with onerror, a javascript: link, and a style that would hide the page.
const HOSTILE = `From mboxrd@z Thu Jan  1 00:00:00 1970
From: Mallory <mallory@example.net>
Date: Fri, 12 Sep 2025 12:00:00 +0000
Subject: Re: [PATCH v2 1/3] misc/ringbuf: support mmap of the ring buffer <script>window.__pwned = 'subject'</script>
Message-ID: <hostile-1@example.net>
In-Reply-To: <patch1.1757667600.git.ada@example.org>
References: <cover.1757667600.git.ada@example.org> <patch1.1757667600.git.ada@example.org>

Please change this.<script>window.__pwned = 'body'</script>
<img src=x onerror="window.__pwned = 'onerror'">
<a href="javascript:window.__pwned = 'link'">click</a>
<style>body { display: none }</style>

`;

let server: ChildProcess;
let base: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const dir = scratchDir();
  const db = join(dir, 'archive.db');
  writeFileSync(join(dir, 'hostile.mbox'), HOSTILE);
  expect(runCli(['ingest', '--db', db, join(examplesDir, 'ringbuf-v1-v2.mbox'), join(dir, 'hostile.mbox')]).status).toBe(0);
  server = startCli(['serve', '--db', db, '--port', '0']);
  base = await new Promise<string>((resolve, reject) => {
    let said = '';
    server.stderr!.on('data', (b: Buffer) => {
      said += b.toString();
      const m = / at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve exited (${code}): ${said}`)));
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGINT');
});

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);

describe('mlreview serve', () => {
  it('takes a reviewer from the series list to a revision, a patch and a finding', async () => {
    await page.goto(base);
    await page.screenshot({ path: join(SCREENSHOTS, 'series-list.png') });
    await page.getByRole('link', { name: 'misc/ringbuf: map the ring buffer into userspace' }).click();
    await expect.poll(() => page.locator('.timeline .rev').count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'series.png') });
    await page.locator('.timeline .rev').nth(1).getByRole('link', { name: 'v2' }).click();
    expect(await page.locator('h1').textContent()).toContain('v2');
    await page.getByRole('link', { name: 'misc/ringbuf: convert to f_op->mmap_prepare' }).click();
    expect(page.url()).toContain('/patch/patch3.1757667600.git.ada%40example.org');
    await page.locator('ol a[href="#finding-1"]').click();
    const finding = page.locator('#finding-1');
    await expect.poll(() => finding.isVisible()).toBe(true);
    expect(await finding.textContent()).toMatch(/\w+(-\w+)+: /);
    // The finding sits in the diff, right under the line it concerns.
    expect(await page.locator('.diff #finding-1').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'patch-with-finding.png') });
  }, 60_000);

  it('shows a review point inline at the line the reviewer quoted', async () => {
    await page.goto(`${base}patch/patch1.1757322000.git.ada%40example.org`);
    const notes = page.locator('.diff .note.point');
    expect(await notes.count()).toBeGreaterThan(0);
    expect(await notes.first().textContent()).toContain('Rita Reviewer');
  });

  it('runs nothing a mail brings: script, onerror and javascript: links are text', async () => {
    for (const path of ['thread/hostile-1%40example.net', 'patch/patch1.1757667600.git.ada%40example.org', 'search?q=Mallory', '']) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('load');
      expect(await pwned()).toBeUndefined();
    }
    await page.goto(`${base}thread/hostile-1%40example.net`);
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(await page.locator('section[id="hostile-1@example.net"] pre.body').textContent()).toContain("<script>window.__pwned = 'body'</script>");
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'thread.png') });
    expect(problems).toEqual([]);
  }, 60_000);

  it('sends a policy that forbids scripts, and leaks no address through referrers', async () => {
    const response = await fetch(base);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(`${base}patch/nothing%40here`)).status).toBe(404);
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
  });
});
