/**
 * The HTML reports in a real browser: headless Chromium from Debian's package, driven by
 * playwright-core. For the reference: the marked cells are exactly the cells of the findings, each
 * with a text label; every in-page link lands on its target; the page asks the network for
 * nothing; each table's screenshot is written to test/artifacts/. `.ci/run` installs chromium and
 * sets BUDGET_REQUIRE_BROWSER=1, so that these tests never skip in CI; elsewhere they skip, and say
 * so, when there is no browser.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';

const CHROMIUM = process.env.BUDGET_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const required = process.env.BUDGET_REQUIRE_BROWSER === '1';
if (!available && !required) console.warn(`browser tests skipped: no ${CHROMIUM} (apt-get install chromium; CI requires it)`);

const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

describe.skipIf(!available && !required)('the HTML report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'budget-html-'));
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    return page;
  }

  it('marks exactly the cells of the findings of the reference, each with a text label', async () => {
    const html = (await runCli(['check', '--format', 'html', '--lang', 'zh', 'fixtures/datong-hrss-2026.yaml'])).stdout;
    const report = JSON.parse((await runCli(['check', '--format', 'json', 'fixtures/datong-hrss-2026.yaml'])).stdout).files[0];
    const page = await open(html, 'datong.html');
    const marked = await page.$$eval('td.mark', (cells) => cells.map((c) => ({ locs: (c.getAttribute('data-loc') ?? '').split(' '), label: c.querySelector('.tag')?.textContent ?? '' })));
    const drawn = new Set(report.findings.filter((f: { table: string }) => !f.table.startsWith('情况说明') && !f.table.startsWith('国有资产')).map((f: { location: { line: number; col: number } }) => `${f.location.line}:${f.location.col}`));
    expect(new Set(marked.flatMap((m) => m.locs))).toEqual(drawn);
    // 8 tails in 6 cells of three tables; the two errors of one 绩效目标表, on its cost indicator
    // for the whole period and for the year.
    expect(marked.map((m) => m.label).sort()).toEqual(['尾差', '尾差', '尾差', '尾差', '尾差', '尾差', '错误', '错误']);
    await page.close();
  });

  it('has every in-page link land on its target', async () => {
    const html = (await runCli(['check', '--format', 'html', 'fixtures/datong-hrss-2026.yaml'])).stdout;
    const page = await open(html, 'links.html');
    const targets = await page.$$eval('a[href^="#"]', (links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    expect(targets).toHaveLength(55);
    const missing = await page.evaluate((ids) => ids.filter((id) => document.getElementById(id) === null), targets);
    expect(missing).toEqual([]);
    // Following one: the checklist's link to a problem scrolls the finding into view.
    const link = page.locator('section.checklist a[href*="-finding-"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    expect(await page.evaluate(() => location.hash)).toBe(href);
    expect(await page.locator(href).isVisible()).toBe(true);
    await page.close();
  });

  it('prints each table on a page of its own, and writes a screenshot of each as an artefact', async () => {
    const html = (await runCli(['check', '--format', 'html', '--lang', 'zh', 'fixtures/datong-hrss-2026.yaml'])).stdout;
    const page = await open(html, 'shots.html');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('section.printed-table', (s) => s.map((x) => getComputedStyle(x).breakBefore));
    expect(breaks.length).toBe(13 + 6);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await page.emulateMedia({ media: 'screen' });
    mkdirSync(ARTIFACTS, { recursive: true });
    const sections = await page.$$('section.printed-table');
    const shots: Buffer[] = [];
    for (const [i, s] of sections.entries()) {
      const box = await s.boundingBox();
      const png = await s.screenshot({ path: join(ARTIFACTS, `datong-table-${String(i + 1).padStart(2, '0')}.png`) });
      // Each shot is a PNG of its table's size (IHDR: width, height at bytes 16, 20), give or take
      // the pixel each fractional edge of the box snaps to.
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const off = [png.readUInt32BE(16) - (box?.width ?? 0), png.readUInt32BE(20) - (box?.height ?? 0)];
      expect(off.every((d) => Math.abs(d) < 2), `${off}`).toBe(true);
      shots.push(png);
    }
    // Nineteen tables, nineteen different pictures: no blank or repeated shot.
    expect(new Set(shots.map((b) => b.toString('base64'))).size).toBe(13 + 6);
    // And each shows its text: with the text made transparent, every picture changes.
    await page.addStyleTag({ content: 'section.printed-table * { color: transparent !important; }' });
    for (const [i, s] of sections.entries()) expect((await s.screenshot()).equals(shots[i] ?? Buffer.alloc(0)), `table ${i + 1}`).toBe(false);
    await page.close();
  });

  it('renders the compare report: both charts, every compared table, every claim', async () => {
    // 2017 → 2018: 31 rows new or gone (2018 → 2019 has none, and would test no mark).
    const html = (await runCli(['compare', '--format', 'html', 'fixtures/js-gaoyuan-2017.yaml', 'fixtures/js-gaoyuan-2018.yaml'])).stdout;
    const report = JSON.parse((await runCli(['compare', '--format', 'json', 'fixtures/js-gaoyuan-2017.yaml', 'fixtures/js-gaoyuan-2018.yaml'])).stdout);
    const page = await open(html, 'compare.html');
    expect(await page.locator('section.charts svg').count()).toBe(2);
    expect(await page.locator('section.printed-table').count()).toBe(report.tables.filter((t: { rows: unknown[] }) => t.rows.length > 0).length);
    expect(await page.locator('tr[id^="claim-"]').count()).toBe(report.claims.length);
    // Exactly the new and gone rows are marked, and say so in words, not by colour alone.
    const moved = report.tables.flatMap((t: { rows: { status: string }[] }) => t.rows.map((r) => r.status)).filter((s: string) => s === 'new' || s === 'gone');
    const marked = await page.$$eval('section.printed-table td.mark', (cells) => cells.map((c) => c.textContent));
    expect(moved).toHaveLength(31);
    expect(marked).toEqual(moved);
    await page.close();
  });

  it('asks the network for nothing, whatever the report holds', async () => {
    // Its own pages, so that the test stands alone (`-t`): a check with every kind of finding
    // and a compare with its charts, each loaded until the network is idle.
    const seen: string[] = [];
    const pages = [
      await runCli(['check', '--format', 'html', 'fixtures/datong-hrss-2026.yaml', 'fixtures/js-gaoyuan-2019.yaml']),
      await runCli(['compare', '--format', 'html', 'fixtures/js-gaoyuan-2018.yaml', 'fixtures/js-gaoyuan-2019.yaml']),
    ];
    for (const [i, run] of pages.entries()) {
      // Nothing in the page names a remote address, lazily loaded or print-only ones included.
      expect(run.stdout).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import/i);
      const file = join(dir, `network-${i}.html`);
      writeFileSync(file, run.stdout);
      const page = await browser.newPage();
      page.on('request', (r) => seen.push(r.url()));
      await page.goto(`file://${file}`, { waitUntil: 'networkidle' });
      await page.close();
    }
    // The listener saw the pages themselves load, and nothing else.
    expect(seen).toEqual([0, 1].map((i) => `file://${join(dir, `network-${i}.html`)}`));
    expect(requests).toEqual([]);
  });
});
