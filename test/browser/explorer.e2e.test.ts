import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/local-neo4j/paths';
import { bundleAssets } from '../../src/server/explorer/bundle';
import { useSeededApi } from '../support/server';

/**
 * The explorer and the query page as a person uses them, in Debian's headless Chromium driven by
 * playwright-core (no browser download). Screenshots go to a temporary folder, so a test run leaves
 * the work tree clean; `npm run docs:screenshots` (SCREENSHOTS_DIR=docs) retakes the README's pictures.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DOCS = path.resolve(
  PROJECT_ROOT,
  process.env.SCREENSHOTS_DIR ?? path.join(os.tmpdir(), 'explorer-screenshots'),
);
fs.mkdirSync(DOCS, { recursive: true });
/** A laptop screen. */
const VIEWPORT = { width: 1366, height: 800 };

describe('the explorer and the query page in a browser', () => {
  const suite = useSeededApi();
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const offsite: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium ` +
          'fonts-noto-cjk; .ci/run does) or set CHROMIUM_PATH.',
      );
    }
    await bundleAssets();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
        offsite.push(request.url());
      }
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  const inView = (id: string) => page.locator(`#in-view button[data-id="${id}"]`);

  it('searches ウラン and lists uranium', async () => {
    await page.goto(`${suite.api.baseUrl}/explore`);
    await page.locator('#search').fill('ウラン');
    await page.keyboard.press('Enter');
    await page.locator('#results button[data-id="uranium"]').waitFor();
  });

  it('opens OSCE: its neighbourhood drawn, a legend, counts and the limit', async () => {
    await page.locator('#search').fill('OSCE');
    await page.locator('#search').press('Enter');
    await page.locator('#results button[data-id="osce"]').click();
    await inView('japan').waitFor();
    expect(await page.locator('#legend li').count()).toBeGreaterThan(2);
    expect(await page.locator('#status').textContent()).toMatch(/\d+ nodes, \d+ links/);
    expect(page.url()).toContain('view=neighborhood&id=osce');
  });

  it('expands a node with the keyboard, adding its neighbours', async () => {
    const before = await page.locator('#in-view button').count();
    await inView('kz-osce-chairmanship-2009').focus();
    await page.keyboard.press('Enter');
    await page.locator('#expand').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (count) => document.querySelectorAll('#in-view button').length > count,
      before,
    );
    expect(page.url()).toContain('expand=kz-osce-chairmanship-2009');
  });

  it('shows an edge’s evidence: the clause with the quote highlighted, act, CAMEO, document', async () => {
    const edgeId = 'r-sec_6__para_5-welcomes-kz-osce-chairmanship-2009';
    const { data } = await suite.api.graphql<{
      neighborhood: { edges: Array<{ id: string; evidence: { quote: string } }> };
    }>('{ neighborhood(id: "osce") { edges { id evidence { quote } } } }');
    const quote = data?.neighborhood.edges.find((e) => e.id === edgeId)?.evidence.quote;
    expect(quote).toBeTruthy();
    await inView('japan').click();
    await page.locator(`#details button[data-edge="${edgeId}"]`).click();
    await page.locator('#clause-text mark').waitFor();
    expect(await page.locator('#clause-text mark').textContent()).toBe(quote);
    expect(await page.locator('#evidence-cameo').textContent()).toBe('051 Praise or endorse');
    expect(await page.locator('#evidence-document').textContent()).toContain('jp-kz-2006');
    await page.screenshot({ path: path.join(DOCS, 'explorer.png') });
  });

  it('switches every label to Japanese', async () => {
    await page.locator('#lang').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await inView('osce').textContent()).toContain('欧州安全保障協力機構');
    expect(await page.locator('#evidence-title').textContent()).toBe('根拠');
    expect(page.url()).toContain('lang=ja');
    await page.screenshot({ path: path.join(DOCS, 'explorer-ja.png') });
  });

  it('exports the view as GraphML that graphology reads with the same nodes', async () => {
    const nodes = await page.locator('#in-view button').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-graphml').click(),
    ]);
    const graph = parseGraphML(Graph, fs.readFileSync((await download.path()) as string, 'utf8'));
    expect(graph.order).toBe(nodes);
    expect(graph.getNodeAttribute('osce', 'nameJa')).toBe('欧州安全保障協力機構');
  });

  it('restores the view from its URL', async () => {
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await inView('kz-osce-chairmanship-2009').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  });

  it('opens the organization–sector view and the overview in one click', async () => {
    await page.locator('#view-org-sector').click();
    await inView('jogmec').waitFor();
    await page.locator('#lang').click();
    await page.locator('#view-overview').click();
    await inView('Proposition').waitFor();
    await page.screenshot({ path: path.join(DOCS, 'explorer-overview.png') });
  });

  it('says so on the page when nothing is found, and when the API does not answer', async () => {
    await page.locator('#search').fill('zzzzqqqq');
    await page.locator('#search').press('Enter');
    await page.locator('#alert', { hasText: 'Nothing found' }).waitFor();
    const logged = consoleErrors.length;
    await page.route('**/graphql', (route) => route.abort());
    await page.locator('#search').fill('OSCE');
    await page.locator('#search').press('Enter');
    await page.locator('#alert', { hasText: 'does not answer' }).waitFor();
    await page.unroute('**/graphql');
    // Chromium logs the refused request itself ("Failed to load resource"): expected here only.
    expect(consoleErrors.splice(logged)).toStrictEqual([
      'Failed to load resource: net::ERR_FAILED',
    ]);
  });

  it('serves GraphiQL at /graphql: examples, schema docs, Ctrl+Enter runs, errors shown', async () => {
    await page.goto(`${suite.api.baseUrl}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .CodeMirror').first().click();
    await page.keyboard.press('Control+Enter');
    await page.locator('.result-window', { hasText: 'js-1994-04-07' }).waitFor();
    await page.screenshot({ path: path.join(DOCS, 'query-page.png') });
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer', { hasText: 'Query' }).waitFor();
  });

  it('logged no console error and sent no request off this machine', () => {
    expect(consoleErrors).toStrictEqual([]);
    expect(offsite).toStrictEqual([]);
  });
});
