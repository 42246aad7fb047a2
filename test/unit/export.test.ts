import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { presentSubgraph, toCsv, toCytoscape, toGexf, toGraphML } from '../../src/graph/export';
import { sizeOf } from '../../src/graph/export/gexf';
import { QUALIFIER_PREFIX } from '../../src/ingest/to-graph';
import { QUALIFIER_ATTRIBUTE_PREFIX } from '../../src/vocabulary';
import { columnsOf, xmlAttribute, xmlText } from '../../src/graph/export/xml';
import type { SubgraphData } from '../../src/graph/subgraph.repository';

// ── A strict little XML reader: throws on anything not well-formed ──────────────────────────────

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const children = (element: XmlElement, name: string) =>
  element.children.filter((c) => c.name === name);

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const char = raw[i] as string;
    if (char === '<') throw new Error(`"<" in character data at ${i}`);
    if (char !== '&') {
      out += char;
      i += 1;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) throw new Error(`unterminated reference at ${i}`);
    const name = raw.slice(i + 1, end);
    if (name.startsWith('#x')) out += String.fromCodePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) out += String.fromCodePoint(parseInt(name.slice(1), 10));
    else if (name in PREDEFINED) out += PREDEFINED[name];
    else throw new Error(`unknown entity &${name};`);
    i = end + 1;
  }
  return out;
}

function parseXml(xml: string): XmlElement {
  let i = 0;
  const expect = (literal: string) => {
    if (!xml.startsWith(literal, i)) throw new Error(`expected "${literal}" at ${i}`);
    i += literal.length;
  };
  const skipSpace = () => {
    while (i < xml.length && ' \t\r\n'.includes(xml[i] as string)) i += 1;
  };
  const readName = () => {
    const start = i;
    while (i < xml.length && !' \t\r\n/>="\''.includes(xml[i] as string)) i += 1;
    if (i === start) throw new Error(`expected a name at ${i}`);
    return xml.slice(start, i);
  };
  const readElement = (): XmlElement => {
    expect('<');
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return element;
      }
      if (xml[i] === '>') break;
      const name = readName();
      if (name in element.attributes) throw new Error(`duplicate attribute ${name}`);
      expect('=');
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${name}`);
      const end = xml.indexOf(quote, i + 1);
      if (end < 0) throw new Error(`unterminated attribute ${name}`);
      // A parser normalises raw whitespace in attribute values to spaces.
      element.attributes[name] = decode(xml.slice(i + 1, end).replace(/[\t\n\r]/g, ' '));
      i = end + 1;
    }
    i += 1;
    for (;;) {
      const next = xml.indexOf('<', i);
      if (next < 0) throw new Error(`<${element.name}> is not closed`);
      element.text += decode(xml.slice(i, next).replace(/\r\n?/g, '\n'));
      i = next;
      if (xml.startsWith('</', i)) {
        i += 2;
        if (readName() !== element.name) throw new Error(`</…> does not close <${element.name}>`);
        skipSpace();
        expect('>');
        if (element.children.length > 0) element.text = element.text.trim();
        return element;
      }
      element.children.push(readElement());
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  skipSpace();
  const root = readElement();
  skipSpace();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

/** Two nodes and two edges, with every character XML treats specially and Japanese text. */
const TRICKY = 'Alpha & <Sons> "quoted" \'single\'';
const DATA: SubgraphData = {
  nodes: [
    {
      id: 'alpha',
      kind: 'State',
      label: TRICKY,
      name: { ja: 'アルファ国', en: TRICKY },
      properties: { aliases: ['α', 'A&B'], iso3166: 'AL', order: 2 },
    },
    {
      id: 'jp-kz-2006#sec_1__para_1',
      kind: 'Clause',
      label: 'Section 1, paragraph 1',
      name: { ja: '第1節 第1段落', en: 'Section 1, paragraph 1' },
      properties: { text: '日本は\nカザフスタンを<歓迎>する。\tR&D\r', order: 0.5 },
    },
  ],
  edges: [
    {
      id: 'r-1',
      type: 'WELCOMES',
      source: 'alpha',
      target: 'jp-kz-2006#sec_1__para_1',
      label: 'welcomes',
      documentId: 'jp-kz-2006',
      evidence: { clauseId: 'jp-kz-2006#sec_1__para_1', quote: '「歓迎」 & <b> "x"' },
      properties: { jointly: true, start: 3, q_role: 'agent' },
    },
    {
      id: 'jp-kz-2006#sec_1__para_1/part_of',
      type: 'PART_OF',
      source: 'jp-kz-2006#sec_1__para_1',
      target: 'alpha',
      label: 'part of',
      documentId: 'jp-kz-2006',
      evidence: null,
      properties: {},
    },
  ],
  truncated: false,
};
const SUBGRAPH = presentSubgraph(DATA);
const EMPTY = presentSubgraph({ nodes: [], edges: [], truncated: false });

describe('attribute ids', () => {
  it('name qualifiers as the loader stores them', () => {
    expect(QUALIFIER_ATTRIBUTE_PREFIX).toBe(QUALIFIER_PREFIX);
  });
});

describe('XML escaping', () => {
  it('escapes markup characters and quotes', () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
    );
  });

  it('keeps Japanese and characters outside the BMP as they are', () => {
    expect(xmlText('日本国と𠮷野家')).toBe('日本国と𠮷野家');
  });

  it('keeps newlines and tabs in attribute values as references', () => {
    expect(xmlAttribute('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
    expect(xmlText('a\nb')).toBe('a\nb');
  });

  it('replaces characters XML cannot carry', () => {
    expect(xmlText('a\u0000b\u001Fc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });
});

describe('attribute columns', () => {
  it('gives each property the narrowest type that holds all its values, sorted by name', () => {
    expect(
      columnsOf([
        { n: 1, flag: true, ratio: 1, list: ['a'] },
        { n: 2, flag: false, ratio: 0.5, mixed: 1 },
        { mixed: 'x', missing: null },
      ]),
    ).toStrictEqual([
      { name: 'flag', type: 'boolean' },
      { name: 'list', type: 'string' },
      { name: 'mixed', type: 'string' },
      { name: 'n', type: 'long' },
      { name: 'ratio', type: 'double' },
    ]);
  });
});

describe('Cytoscape.js JSON', () => {
  const json = toCytoscape(SUBGRAPH);
  const { elements } = json;

  it('holds one element per node, with label, kind, names, short labels, degree and style on top', () => {
    expect(elements.nodes[0]).toStrictEqual({
      data: {
        id: 'alpha',
        label: TRICKY,
        kind: 'State',
        nameJa: 'アルファ国',
        nameEn: TRICKY,
        shortLabelJa: 'アルファ国',
        shortLabelEn: TRICKY,
        degree: 2,
        color: '#332288',
        shape: 'ellipse',
        icon: 'flag',
        properties: { aliases: ['α', 'A&B'], iso3166: 'AL', order: 2 },
      },
    });
  });

  it('holds one element per edge, with bilingual type labels, category and evidence', () => {
    expect(elements.edges.map((e) => e.data)).toStrictEqual([
      {
        id: 'r-1',
        source: 'alpha',
        target: 'jp-kz-2006#sec_1__para_1',
        label: 'welcomes',
        type: 'WELCOMES',
        typeLabelJa: '歓迎する',
        typeLabelEn: 'welcomes',
        category: 'speech_act',
        color: '#AA3377',
        lineStyle: 'solid',
        documentId: 'jp-kz-2006',
        clauseId: 'jp-kz-2006#sec_1__para_1',
        quote: '「歓迎」 & <b> "x"',
        properties: { jointly: true, start: 3, q_role: 'agent' },
      },
      {
        id: 'jp-kz-2006#sec_1__para_1/part_of',
        source: 'jp-kz-2006#sec_1__para_1',
        target: 'alpha',
        label: 'part of',
        type: 'PART_OF',
        typeLabelJa: '一部である',
        typeLabelEn: 'part of',
        category: 'structure',
        color: '#BBBBBB',
        lineStyle: 'dotted',
        documentId: 'jp-kz-2006',
        properties: {},
      },
    ]);
  });

  it('loads into headless Cytoscape.js with its own stylesheet, and a layout runs', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: json.elements as cytoscape.ElementsDefinition,
      style: json.style as unknown as cytoscape.StylesheetJson,
    });
    expect(cy.nodes()).toHaveLength(2);
    expect(cy.edges()).toHaveLength(2);
    cy.layout({ name: 'cose', animate: false, randomize: false }).run();
    const { x, y } = cy.getElementById('alpha').position();
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(cy.getElementById('alpha').style('background-color')).toBe('rgb(51,34,136)');
    cy.destroy(); // stops Cytoscape's render loop, which would keep the process alive
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
  });
});

describe('GraphML', () => {
  const xml = toGraphML(SUBGRAPH);
  const graph = parseGraphML(Graph, xml);
  const keys = children(parseXml(xml), 'key');

  it('parses in graphology-graphml with every node and edge', () => {
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.type).toBe('directed');
  });

  it('declares the vocabulary’s keys with stable ids, whatever the subgraph holds', () => {
    const ids = (text: string) => children(parseXml(text), 'key').map((k) => k.attributes.id);
    // Qualifiers (q_*) are open-ended: declared after the vocabulary's keys when present.
    const declared = ids(toGraphML(EMPTY));
    expect(ids(xml).slice(0, declared.length)).toStrictEqual(declared);
    expect(ids(xml).slice(declared.length)).toStrictEqual(['q_role']);
    expect(ids(xml)).toEqual(
      expect.arrayContaining(['kind', 'nameJa', 'nameEn', 'shortLabelJa', 'degree', 'quote']),
    );
    expect(new Set(ids(xml)).size).toBe(keys.length);
    const typeOf = (domain: string, name: string) =>
      keys.find((k) => k.attributes.for === domain && k.attributes['attr.name'] === name)
        ?.attributes['attr.type'];
    expect(typeOf('node', 'order')).toBe('long');
    expect(typeOf('edge', 'start')).toBe('long');
    expect(typeOf('edge', 'jointly')).toBe('boolean');
  });

  it('gives back every value as written: markup, quotes, Japanese, newlines; lists as JSON', () => {
    expect(graph.getNodeAttributes('alpha')).toMatchObject({
      label: TRICKY,
      kind: 'State',
      kindLabelJa: '国家',
      nameJa: 'アルファ国',
      nameEn: TRICKY,
      shortLabelEn: TRICKY,
      degree: 2,
      color: '#332288',
      aliases: '["α","A&B"]',
      iso3166: 'AL',
      order: 2,
    });
    expect(graph.getNodeAttribute('jp-kz-2006#sec_1__para_1', 'text')).toBe(
      '日本は\nカザフスタンを<歓迎>する。\tR&D\r',
    );
  });

  it('gives every edge its ends, type, bilingual label and evidence', () => {
    expect(graph.source('r-1')).toBe('alpha');
    expect(graph.getEdgeAttributes('r-1')).toMatchObject({
      label: 'welcomes',
      type: 'WELCOMES',
      typeLabelJa: '歓迎する',
      category: 'speech_act',
      quote: '「歓迎」 & <b> "x"',
      clauseId: 'jp-kz-2006#sec_1__para_1',
      jointly: true,
      start: 3,
      q_role: 'agent',
    });
    expect(graph.getEdgeAttributes('jp-kz-2006#sec_1__para_1/part_of')).not.toHaveProperty('quote');
  });

  it('is an empty graph for an empty subgraph', () => {
    const empty = parseGraphML(Graph, toGraphML(EMPTY));
    expect([empty.order, empty.size]).toStrictEqual([0, 0]);
  });
});

describe('GEXF', () => {
  const xml = toGexf(SUBGRAPH);
  const graph = parseGexf(Graph, xml);

  it('parses in graphology-gexf as GEXF 1.3 with every node and edge', () => {
    expect(parseXml(xml).attributes.version).toBe('1.3');
    expect([graph.order, graph.size]).toStrictEqual([2, 2]);
  });

  it('declares the same attribute ids as GraphML', () => {
    const gexfIds = children(parseXml(xml), 'graph')
      .flatMap((g) => children(g, 'attributes'))
      .flatMap((a) => children(a, 'attribute'))
      .map((a) => a.attributes.id);
    const graphmlIds = children(parseXml(toGraphML(SUBGRAPH)), 'key').map((k) => k.attributes.id);
    expect(gexfIds).toStrictEqual(graphmlIds);
  });

  it('keeps values as written, aliases as a list, and draws each node by kind and degree', () => {
    expect(graph.getNodeAttributes('alpha')).toMatchObject({
      label: TRICKY,
      kind: 'State',
      nameJa: 'アルファ国',
      aliases: ['α', 'A&B'],
      color: 'rgb(51,34,136)', // viz:color, as graphology-gexf reads it
      size: sizeOf(2),
      shape: 'disc',
    });
    expect(graph.getNodeAttribute('jp-kz-2006#sec_1__para_1', 'text')).toBe(
      '日本は\nカザフスタンを<歓迎>する。\tR&D\r',
    );
    expect(graph.getEdgeAttributes('r-1')).toMatchObject({
      label: 'welcomes',
      type: 'WELCOMES',
      quote: '「歓迎」 & <b> "x"',
      color: 'rgb(170,51,119)',
    });
  });

  it('sizes nodes by degree, an isolated node smallest', () => {
    expect(sizeOf(0)).toBe(10);
    expect(sizeOf(4)).toBeGreaterThan(sizeOf(1));
  });
});

describe('CSV for neo4j-admin import and Gephi', () => {
  const { nodes, relationships } = toCsv(SUBGRAPH);
  const header = (csv: string) => (csv.split('\n')[0] ?? '').split(',');

  it('heads nodes.csv with id:ID and :LABEL, then typed attribute columns', () => {
    expect(header(nodes).slice(0, 4)).toStrictEqual([
      'id:ID',
      ':LABEL',
      'label:string',
      'kind:string',
    ]);
    expect(header(nodes)).toEqual(expect.arrayContaining(['aliases:string[]', 'degree:long']));
  });

  it('heads relationships.csv with :START_ID, :END_ID, :TYPE', () => {
    expect(header(relationships).slice(0, 4)).toStrictEqual([
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
    ]);
    expect(header(relationships)).toEqual(
      expect.arrayContaining(['jointly:boolean', 'q_role:string']),
    );
  });

  it('labels each node Entity plus its kind, joins arrays with ";" and quotes what needs it', () => {
    const alpha = nodes.split('\n')[1] ?? '';
    expect(alpha.startsWith('alpha,Entity;State,')).toBe(true);
    expect(alpha).toContain(',α;A&B,');
    expect(alpha).toContain('"Alpha & <Sons> ""quoted"" \'single\'"');
    expect(nodes).toContain('"日本は\nカザフスタンを<歓迎>する。\tR&D\r"');
  });

  it('has one line per node and relationship after the header', () => {
    const rows = relationships.trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.startsWith('alpha,jp-kz-2006#sec_1__para_1,WELCOMES,r-1,')).toBe(true);
  });
});

describe('the XML reader these tests rely on', () => {
  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a bare ampersand', '<a>R&D</a>'],
    ['a bare "<" in an attribute', '<a x="<"/>'],
    ['two roots', '<a/><b/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
