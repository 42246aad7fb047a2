import { toCytoscape, toGexf, toGraphML } from '../../src/graph/export';
import { columnsOf, xmlAttribute, xmlText } from '../../src/graph/export/xml';
import type { SubgraphData } from '../../src/graph/subgraph.repository';

// ── A strict little XML reader: throws on anything not well-formed ──────────────────────────────

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const child = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
};
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
const SUBGRAPH: SubgraphData = {
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
  const { elements } = toCytoscape(SUBGRAPH);

  it('holds one element per node, with its label, kind and names on top', () => {
    expect(elements.nodes[0]).toStrictEqual({
      data: {
        id: 'alpha',
        label: TRICKY,
        kind: 'State',
        nameJa: 'アルファ国',
        nameEn: TRICKY,
        properties: { aliases: ['α', 'A&B'], iso3166: 'AL', order: 2 },
      },
    });
  });

  it('holds one element per edge, with evidence when there is some', () => {
    expect(elements.edges.map((e) => e.data)).toStrictEqual([
      {
        id: 'r-1',
        source: 'alpha',
        target: 'jp-kz-2006#sec_1__para_1',
        label: 'welcomes',
        type: 'WELCOMES',
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
        documentId: 'jp-kz-2006',
        properties: {},
      },
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    const json = toCytoscape(SUBGRAPH);
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
  });
});

describe('GraphML', () => {
  const graphml = parseXml(toGraphML(SUBGRAPH));
  const graph = child(graphml, 'graph');
  const keys = children(graphml, 'key');
  const keyId = (domain: string, name: string) =>
    keys.find((k) => k.attributes.for === domain && k.attributes['attr.name'] === name)?.attributes
      .id;
  const data = (element: XmlElement) =>
    Object.fromEntries(
      children(element, 'data').map((d) => [
        keys.find((k) => k.attributes.id === d.attributes.key)?.attributes['attr.name'],
        d.text,
      ]),
    );

  it('is well-formed XML with a graphml root and a directed graph', () => {
    expect(graphml.name).toBe('graphml');
    expect(graphml.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graph.attributes.edgedefault).toBe('directed');
  });

  it('declares keys for label, kind, type and quote, and a typed key per property', () => {
    for (const [domain, name] of [
      ['node', 'label'],
      ['node', 'kind'],
      ['edge', 'label'],
      ['edge', 'type'],
      ['edge', 'quote'],
    ]) {
      expect(keyId(domain as string, name as string)).toBeDefined();
    }
    const typeOf = (domain: string, name: string) =>
      keys.find((k) => k.attributes.for === domain && k.attributes['attr.name'] === name)
        ?.attributes['attr.type'];
    expect(typeOf('node', 'order')).toBe('double');
    expect(typeOf('edge', 'start')).toBe('long');
    expect(typeOf('edge', 'jointly')).toBe('boolean');
    expect(new Set(keys.map((k) => k.attributes.id)).size).toBe(keys.length);
  });

  it('gives back every value as written: markup, quotes, Japanese, newlines', () => {
    const [alpha, clause] = children(graph, 'node');
    expect(alpha?.attributes.id).toBe('alpha');
    expect(data(alpha as XmlElement)).toStrictEqual({
      label: TRICKY,
      kind: 'State',
      nameJa: 'アルファ国',
      nameEn: TRICKY,
      aliases: '["α","A&B"]',
      iso3166: 'AL',
      order: '2',
    });
    expect(data(clause as XmlElement).text).toBe('日本は\nカザフスタンを<歓迎>する。\tR&D\r');
  });

  it('gives every edge its ends, type, label and evidence', () => {
    const [welcomes, partOf] = children(graph, 'edge');
    expect(welcomes?.attributes).toStrictEqual({
      id: 'r-1',
      source: 'alpha',
      target: 'jp-kz-2006#sec_1__para_1',
    });
    expect(data(welcomes as XmlElement)).toMatchObject({
      label: 'welcomes',
      type: 'WELCOMES',
      quote: '「歓迎」 & <b> "x"',
      clauseId: 'jp-kz-2006#sec_1__para_1',
      jointly: 'true',
    });
    expect(data(partOf as XmlElement)).not.toHaveProperty('quote');
  });

  it('is an empty graph for an empty subgraph', () => {
    const empty = parseXml(toGraphML({ nodes: [], edges: [], truncated: false }));
    expect(child(empty, 'graph').children).toStrictEqual([]);
  });
});

describe('GEXF', () => {
  const gexf = parseXml(toGexf(SUBGRAPH));
  const graph = child(gexf, 'graph');
  const values = (element: XmlElement) =>
    Object.fromEntries(
      children(child(element, 'attvalues'), 'attvalue').map((v) => [
        v.attributes.for,
        v.attributes.value,
      ]),
    );

  it('is well-formed GEXF 1.3 with a directed graph', () => {
    expect(gexf.name).toBe('gexf');
    expect(gexf.attributes.version).toBe('1.3');
    expect(graph.attributes.defaultedgetype).toBe('directed');
  });

  it('labels nodes and edges, and keeps attribute values as written', () => {
    const [alpha, clause] = children(child(graph, 'nodes'), 'node');
    expect(alpha?.attributes).toStrictEqual({ id: 'alpha', label: TRICKY });
    expect(values(alpha as XmlElement)).toMatchObject({ kind: 'State', nameJa: 'アルファ国' });
    expect(Object.values(values(clause as XmlElement))).toContain(
      '日本は\nカザフスタンを<歓迎>する。\tR&D\r',
    );
    const [welcomes] = children(child(graph, 'edges'), 'edge');
    expect(welcomes?.attributes).toMatchObject({ source: 'alpha', label: 'welcomes' });
    expect(values(welcomes as XmlElement)).toMatchObject({
      type: 'WELCOMES',
      quote: '「歓迎」 & <b> "x"',
    });
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
