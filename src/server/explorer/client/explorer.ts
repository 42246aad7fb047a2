/// <reference lib="dom" />
/**
 * The explorer page: search → neighbourhood drawn with Cytoscape.js, coloured by kind with a
 * legend; click (or Enter on) a node to see it and expand it, an edge to read its evidence. The
 * drawing and the exports use the API's own presentation and exporters (src/graph/export), so
 * the page shows and downloads exactly what the API would.
 */
import './explorer.css';
import cytoscape from 'cytoscape';
import {
  CYTOSCAPE_STYLE,
  presentSubgraph,
  toCsv,
  toCytoscape,
  toGexf,
  toGraphML,
  type PresentedSubgraph,
} from '../../../graph/export';
import type { SubgraphData } from '../../../graph/subgraph.repository';
import { mergeSubgraphs } from './api';
import { el, download, clear } from './dom';
import { t } from './i18n';
import {
  loadClause,
  loadNeighbourhood,
  loadView,
  NEIGHBOURHOOD_LIMIT,
  readState,
  search,
  writeState,
  type Lang,
  type SearchHit,
  type ViewState,
} from './views';

let state: ViewState = readState(location.hash);
let data: SubgraphData = { nodes: [], edges: [], truncated: false };
let presented: PresentedSubgraph = presentSubgraph(data);

// ── Layout ─────────────────────────────────────────────────────────────────────────────────────
const app = document.getElementById('app') as HTMLElement;
clear(app);
const searchInput = el('input', {
  id: 'search',
  type: 'search',
  autocomplete: 'off',
  placeholder: 'ウラン, uranium, OSCE …',
});
const searchButton = el('button', { type: 'submit', id: 'search-button' });
const searchLabel = el('label', { for: 'search' });
const searchForm = el('form', { id: 'search-form', role: 'search' }, [
  searchLabel,
  el('div', { class: 'row' }, [searchInput, searchButton]),
]);
const results = el('ul', { id: 'results', class: 'list' });
const alertBox = el('div', { id: 'alert', role: 'alert', class: 'alert', hidden: '' });
const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
const legend = el('div', { id: 'legend' });
const details = el('div', { id: 'details', 'aria-live': 'polite' });
const inView = el('ul', { id: 'in-view', class: 'list' });
const langButton = el('button', { type: 'button', id: 'lang' });
const overviewButton = el('button', { type: 'button', id: 'view-overview' });
const orgSectorButton = el('button', { type: 'button', id: 'view-org-sector' });
const exportButtons = (['png', 'graphml', 'gexf', 'csv', 'cytoscape'] as const).map((format) =>
  el('button', { type: 'button', id: `export-${format}`, 'data-format': format }),
);
const canvas = el('div', { id: 'graph', role: 'img' });
const title = el('h1', {});
const viewTitle = el('h2', { id: 'view-title' });

app.append(
  el('header', {}, [
    title,
    el('div', { class: 'toolbar' }, [overviewButton, orgSectorButton, langButton]),
  ]),
  el('aside', { id: 'left' }, [searchForm, results, el('h2', { id: 'legend-title' }), legend]),
  el('main', { id: 'centre' }, [
    viewTitle,
    alertBox,
    status,
    canvas,
    el('div', { class: 'toolbar', id: 'exports' }, exportButtons),
  ]),
  el('aside', { id: 'right' }, [details, el('h2', { id: 'in-view-title' }), inView]),
);

const cy = cytoscape({
  container: canvas,
  style: [
    ...(CYTOSCAPE_STYLE as unknown as cytoscape.StylesheetJson),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000' } },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        label: 'data(typeLabelEn)',
        'font-size': 11,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
      },
    },
  ],
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
});

// ── Text in the chosen language ────────────────────────────────────────────────────────────────
function applyLanguage(): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  title.textContent = t('title', lang);
  searchLabel.textContent = t('searchLabel', lang);
  searchButton.textContent = t('search', lang);
  langButton.textContent = lang === 'en' ? '日本語' : 'English';
  langButton.setAttribute('aria-label', t('switchLanguage', lang));
  overviewButton.textContent = t('overview', lang);
  orgSectorButton.textContent = t('orgSector', lang);
  (document.getElementById('legend-title') as HTMLElement).textContent = t('legend', lang);
  (document.getElementById('in-view-title') as HTMLElement).textContent = t('inView', lang);
  for (const button of exportButtons) {
    button.textContent = t(`export_${button.dataset.format}`, lang);
  }
  canvas.setAttribute('aria-label', t('graphLabel', lang));
  renderViewTitle();
  const suffix = lang === 'ja' ? 'Ja' : 'En';
  cy.style()
    .selector('node')
    .style('label', `data(shortLabel${suffix})`)
    .selector('edge:selected')
    .style('label', `data(typeLabel${suffix})`)
    .update();
}

const name = (value: { ja: string; en: string }) =>
  state.lang === 'ja' ? value.ja || value.en : value.en || value.ja;

/** The view's name and, when it has one, its subject's name in the chosen language. */
function renderViewTitle(): void {
  if (!state.view) {
    viewTitle.textContent = t('view_null', state.lang);
    return;
  }
  const subject = presented.nodes.find((node) => node.id === state.id);
  const label = subject ? name(subject.name) : state.id;
  viewTitle.textContent = `${t(`view_${state.view}`, state.lang)}${label ? `: ${label}` : ''}`;
}

// ── Messages ───────────────────────────────────────────────────────────────────────────────────
function showError(message: string): void {
  alertBox.textContent = message;
  alertBox.hidden = false;
}
function clearError(): void {
  alertBox.hidden = true;
  alertBox.textContent = '';
}

function updateStatus(): void {
  const lang = state.lang;
  const counts = t('counts', lang)
    .replace('{nodes}', String(presented.nodes.length))
    .replace('{edges}', String(presented.edges.length))
    .replace('{limit}', String(NEIGHBOURHOOD_LIMIT));
  status.textContent = presented.truncated ? `${counts} ${t('truncated', lang)}` : counts;
  status.classList.toggle('truncated', presented.truncated);
}

// ── Drawing ────────────────────────────────────────────────────────────────────────────────────
function draw(next: SubgraphData, relayout = true): void {
  data = next;
  presented = presentSubgraph(data);
  const json = toCytoscape(presented);
  if (state.view === 'overview') {
    for (const node of json.elements.nodes) {
      const count = (node.data.properties as { count?: number }).count ?? 0;
      node.data.shortLabelEn = `${node.data.shortLabelEn} (${count})`;
      node.data.shortLabelJa = `${node.data.shortLabelJa} (${count})`;
    }
  }
  cy.elements().remove();
  cy.add(json.elements as cytoscape.ElementsDefinition);
  if (relayout) {
    // Strong repulsion and long ideal edges: neighbourhoods of up to a few hundred nodes keep
    // their labels apart on a laptop screen.
    cy.layout({
      name: state.view === 'overview' ? 'circle' : 'cose',
      animate: false,
      randomize: true,
      idealEdgeLength: () => 110,
      nodeOverlap: 20,
      nodeRepulsion: () => 400000,
      edgeElasticity: () => 100,
      gravity: 80,
      numIter: 1000,
      componentSpacing: 100,
      padding: 40,
    } as cytoscape.LayoutOptions).run();
  }
  cy.fit(undefined, 40);
  // A few nodes would be blown up to fill the canvas: keep text at its designed size.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  renderLegend();
  renderInView();
  updateStatus();
  applyLanguage();
}

function renderLegend(): void {
  clear(legend);
  const kinds = el('ul', { class: 'legend' });
  const overviewCounts = new Map(
    presented.nodes.map((node) => [node.kind, (node.properties as { count?: number }).count ?? 0]),
  );
  for (const entry of presented.legend.kinds) {
    // The overview has one node per kind: its legend counts the kind's nodes in the graph.
    const count = state.view === 'overview' ? overviewCounts.get(entry.kind) : entry.count;
    kinds.append(
      el('li', {}, [
        el('span', { class: `swatch shape-${entry.shape}`, style: `background:${entry.color}` }),
        `${name(entry.label)} (${count})`,
      ]),
    );
  }
  const types = el('ul', { class: 'legend' });
  for (const entry of presented.legend.types) {
    types.append(
      el('li', {}, [
        el('span', { class: `line ${entry.lineStyle}`, style: `border-color:${entry.color}` }),
        `${name(entry.label)} (${entry.count})`,
      ]),
    );
  }
  legend.append(kinds, types);
}

function renderInView(): void {
  clear(inView);
  const byDegree = [...presented.nodes].sort(
    (a, b) => b.degree - a.degree || a.id.localeCompare(b.id),
  );
  for (const node of byDegree) {
    const button = el('button', { type: 'button', class: 'node-button', 'data-id': node.id }, [
      el('span', { class: 'swatch', style: `background:${node.style.color}` }),
      name(node.shortLabel),
    ]);
    button.addEventListener('click', () => selectNode(node.id));
    inView.append(el('li', {}, [button]));
  }
}

// ── Views and the URL ──────────────────────────────────────────────────────────────────────────
function setState(next: Partial<ViewState>): void {
  state = { ...state, ...next };
  history.replaceState(null, '', writeState(state));
}

async function openView(next: Partial<ViewState>): Promise<void> {
  setState({ expanded: [], ...next });
  clearError();
  clear(details);
  const lang = state.lang;
  renderViewTitle();
  status.textContent = t('loading', lang);
  try {
    const { data: loaded, found } = await loadView(state);
    if (!found) {
      showError(t('notFound', lang).replace('{id}', state.id));
    }
    draw(loaded);
    if (state.id && cy.getElementById(state.id).nonempty()) selectNode(state.id);
  } catch (error) {
    showError((error as Error).message);
    status.textContent = '';
  }
}

async function expand(id: string): Promise<void> {
  if (state.expanded.includes(id)) return;
  clearError();
  try {
    const part = await loadNeighbourhood(id);
    if (!part) return showError(t('notFound', state.lang).replace('{id}', id));
    setState({ expanded: [...state.expanded, id] });
    draw(mergeSubgraphs([data, part]));
    selectNode(id);
  } catch (error) {
    showError((error as Error).message);
  }
}

// ── Search ─────────────────────────────────────────────────────────────────────────────────────
let lastHits: { hits: SearchHit[]; total: number } = { hits: [], total: 0 };

async function runSearch(text: string): Promise<void> {
  clear(results);
  clearError();
  if (!text.trim()) return;
  setState({ q: text });
  try {
    lastHits = await search(text);
    if (lastHits.hits.length === 0) {
      showError(t('nothingFound', state.lang).replace('{q}', text));
      return;
    }
    renderResults();
  } catch (error) {
    showError((error as Error).message);
  }
}

function renderResults(): void {
  clear(results);
  const { hits, total } = lastHits;
  results.setAttribute('aria-label', t('results', state.lang).replace('{n}', String(total)));
  for (const hit of hits) {
    const button = el('button', { type: 'button', class: 'result', 'data-id': hit.id }, [
      el('strong', {}, [name(hit.name)]),
      el('span', { class: 'kind' }, [hit.kind]),
    ]);
    button.addEventListener('click', () => void openView({ view: 'neighborhood', id: hit.id }));
    results.append(el('li', {}, [button]));
  }
}

// ── Details and evidence ───────────────────────────────────────────────────────────────────────
function selectNode(id: string): void {
  const node = presented.nodes.find((n) => n.id === id);
  if (!node) return;
  const lang = state.lang;
  cy.elements().unselect();
  // Selected, not centred: moving the picture under the reader's eyes loses their place.
  cy.getElementById(id).select();
  clear(details);
  const actions = el('div', { class: 'toolbar' });
  const expandButton = el('button', { type: 'button', id: 'expand' }, [
    state.expanded.includes(id) || id === state.id ? t('expanded', lang) : t('expand', lang),
  ]);
  expandButton.addEventListener('click', () => void expand(id));
  actions.append(expandButton);
  if (node.kind === 'Organization' || node.kind === 'Sector') {
    const button = el('button', { type: 'button', id: 'node-org-sector' }, [
      t('orgSectorOf', lang),
    ]);
    button.addEventListener(
      'click',
      () => void openView({ view: 'orgSector', id, kind: node.kind }),
    );
    actions.append(button);
  }
  if (node.kind === 'Clause') {
    const button = el('button', { type: 'button', id: 'node-references' }, [t('references', lang)]);
    button.addEventListener('click', () => void openView({ view: 'references', id }));
    actions.append(button);
  }
  const edges = presented.edges.filter((e) => e.source === id || e.target === id);
  const edgeList = el('ul', { class: 'list' });
  for (const edge of edges) {
    const other = edge.source === id ? edge.target : edge.source;
    const otherNode = presented.nodes.find((n) => n.id === other);
    const arrow = edge.source === id ? '→' : '←';
    const button = el('button', { type: 'button', class: 'edge-button', 'data-edge': edge.id }, [
      `${arrow} ${name(edge.typeLabel)} ${arrow} ${otherNode ? name(otherNode.shortLabel) : other}`,
    ]);
    button.addEventListener('click', () => void showEvidence(edge.id));
    edgeList.append(el('li', {}, [button]));
  }
  details.append(
    el('h2', {}, [name(node.name) || node.id]),
    el('p', { class: 'meta' }, [
      el('span', { class: 'swatch', style: `background:${node.style.color}` }),
      `${node.kind} · ${node.id} · ${t('degree', lang)} ${node.degree}`,
    ]),
    el('p', { lang: lang === 'ja' ? 'en' : 'ja', class: 'other-name' }, [
      lang === 'ja' ? node.name.en : node.name.ja,
    ]),
    actions,
    el('h3', {}, [t('links', lang)]),
    edgeList,
  );
}

function highlight(text: string, from: number, to: number): HTMLElement {
  const chars = [...text];
  return el('blockquote', { lang: 'ja', id: 'clause-text' }, [
    chars.slice(0, from).join(''),
    el('mark', {}, [chars.slice(from, to).join('')]),
    chars.slice(to).join(''),
  ]);
}

async function showEvidence(edgeId: string): Promise<void> {
  const edge = presented.edges.find((e) => e.id === edgeId);
  if (!edge) return;
  const lang = state.lang;
  cy.elements().unselect();
  cy.getElementById(edgeId).select();
  clear(details);
  const from = presented.nodes.find((n) => n.id === edge.source);
  const to = presented.nodes.find((n) => n.id === edge.target);
  details.append(
    el('h2', { id: 'evidence-title' }, [t('evidence', lang)]),
    el('p', { class: 'act' }, [
      el('strong', {}, [from ? name(from.name) : edge.source]),
      ` ${name(edge.typeLabel)} `,
      el('strong', {}, [to ? name(to.name) : edge.target]),
    ]),
    el('p', { class: 'meta' }, [`${edge.type} · ${t(`category_${edge.category}`, lang)}`]),
  );
  if (!edge.evidence) {
    details.append(el('p', {}, [t('noEvidence', lang)]));
    return;
  }
  try {
    const clause = await loadClause(edge.evidence.clauseId);
    if (!clause) return showError(t('notFound', lang).replace('{id}', edge.evidence.clauseId));
    const props = edge.properties as { start?: number; end?: number };
    const chars = [...clause.text.ja];
    let start = typeof props.start === 'number' ? props.start - clause.start : -1;
    let end = typeof props.end === 'number' ? props.end - clause.start : -1;
    if (chars.slice(start, end).join('') !== edge.evidence.quote) {
      // Offsets index the statement; if they do not land on the quote, find it by its words.
      const at = clause.text.ja.indexOf(edge.evidence.quote);
      start = at < 0 ? 0 : [...clause.text.ja.slice(0, at)].length;
      end = at < 0 ? 0 : start + [...edge.evidence.quote].length;
    }
    const act = clause.asserts.find((relation) => relation.id === edge.id);
    const cameo = act?.cameo;
    details.append(
      el('dl', {}, [
        el('dt', {}, [t('act', lang)]),
        el('dd', { id: 'evidence-act' }, [
          `${act ? name(act.label) : name(edge.typeLabel)} (${edge.type})`,
        ]),
        el('dt', {}, ['CAMEO']),
        el('dd', { id: 'evidence-cameo' }, [
          cameo ? `${cameo.code} ${cameo.name}` : t('noCameo', lang),
        ]),
        el('dt', {}, [t('clause', lang)]),
        el('dd', {}, [`${name(clause.name)} (${clause.id})`]),
        el('dt', {}, [t('document', lang)]),
        el('dd', { id: 'evidence-document' }, [
          `${name(clause.document.name)} (${clause.document.id})`,
        ]),
      ]),
      highlight(clause.text.ja, start, end),
      el('p', { lang: 'en', class: 'translation' }, [clause.text.en]),
    );
    const references = el('button', { type: 'button', id: 'clause-references' }, [
      t('references', lang),
    ]);
    references.addEventListener(
      'click',
      () => void openView({ view: 'references', id: clause.id }),
    );
    details.append(el('div', { class: 'toolbar' }, [references]));
  } catch (error) {
    showError((error as Error).message);
  }
}

// ── Exports ────────────────────────────────────────────────────────────────────────────────────
function baseName(): string {
  return `jp-kz-graph-${state.view ?? 'view'}${state.id ? `-${state.id.replace(/[^\w-]+/g, '_')}` : ''}`;
}

async function exportAs(format: string): Promise<void> {
  const base = baseName();
  if (format === 'png') {
    const blob = (await cy.png({
      output: 'blob-promise',
      full: true,
      scale: 2,
      bg: '#ffffff',
    })) as Blob;
    return download(`${base}.png`, blob);
  }
  if (format === 'graphml')
    return download(`${base}.graphml`, toGraphML(presented), 'application/xml');
  if (format === 'gexf') return download(`${base}.gexf`, toGexf(presented), 'application/xml');
  if (format === 'cytoscape') {
    return download(
      `${base}.cyjs.json`,
      JSON.stringify(toCytoscape(presented), null, 2),
      'application/json',
    );
  }
  const csv = toCsv(presented);
  download(`${base}-nodes.csv`, csv.nodes, 'text/csv');
  download(`${base}-relationships.csv`, csv.relationships, 'text/csv');
}

// ── Events ─────────────────────────────────────────────────────────────────────────────────────
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(searchInput.value);
});
langButton.addEventListener('click', () => {
  setState({ lang: (state.lang === 'en' ? 'ja' : 'en') as Lang });
  applyLanguage();
  renderLegend();
  renderInView();
  renderResults();
  updateStatus();
  const selected = cy.$(':selected');
  if (selected.nonempty()) {
    if (selected.first().isNode()) selectNode(selected.first().id());
    else void showEvidence(selected.first().id());
  }
});
overviewButton.addEventListener(
  'click',
  () => void openView({ view: 'overview', id: '', kind: '' }),
);
orgSectorButton.addEventListener(
  'click',
  () => void openView({ view: 'orgSector', id: '', kind: '' }),
);
for (const button of exportButtons) {
  button.addEventListener('click', () => void exportAs(button.dataset.format ?? ''));
}
cy.on('tap', 'node', (event) => selectNode(event.target.id()));
cy.on('tap', 'edge', (event) => void showEvidence(event.target.id()));

// ── Start: restore the view the URL names ──────────────────────────────────────────────────────
applyLanguage();
if (state.q) {
  searchInput.value = state.q;
  void runSearch(state.q);
}
if (state.view) void openView({ expanded: state.expanded }).then(() => undefined);
else {
  status.textContent = t('start', state.lang);
}
searchInput.focus();
