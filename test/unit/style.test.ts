import {
  CATEGORY_STYLES,
  GEXF_SHAPES,
  KIND_STYLES,
  RELATION_DISPLAY,
  RELATION_TYPES,
  SHORT_LABEL_LENGTH,
  shortenLabel,
  rgbOf,
  type NodeKind,
} from '../../src/vocabulary';

describe('style in the vocabulary', () => {
  it('gives each kind a distinct colour-and-shape pair, as #rrggbb', () => {
    const pairs = Object.values(KIND_STYLES).map((style) => `${style.color} ${style.shape}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const style of Object.values(KIND_STYLES)) expect(style.color).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('gives the kinds of the world distinct colours (structure kinds may share greys)', () => {
    const structure: NodeKind[] = ['Document', 'Section', 'Clause', 'Proposition'];
    const colours = Object.entries(KIND_STYLES)
      .filter(([kind]) => !structure.includes(kind as NodeKind))
      .map(([, style]) => style.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('maps every shape to a GEXF shape and every type to a styled category', () => {
    for (const style of Object.values(KIND_STYLES)) expect(GEXF_SHAPES[style.shape]).toBeDefined();
    for (const type of Object.keys(RELATION_TYPES) as Array<keyof typeof RELATION_TYPES>) {
      expect(CATEGORY_STYLES[RELATION_DISPLAY[type]]).toBeDefined();
    }
  });

  it('puts every speech act of the vocabulary in the speech-act category, and nothing else', () => {
    for (const [type, info] of Object.entries(RELATION_TYPES)) {
      const category = RELATION_DISPLAY[type as keyof typeof RELATION_TYPES];
      expect(category === 'speech_act').toBe(info.category === 'speech_act');
    }
  });

  it('reads colours into channels for GEXF', () => {
    expect(rgbOf('#332288')).toStrictEqual({ r: 0x33, g: 0x22, b: 0x88 });
  });
});

describe('short labels', () => {
  it('keeps a short name whole', () => {
    expect(shortenLabel('Japan', SHORT_LABEL_LENGTH.en)).toBe('Japan');
  });

  it('cuts English at a word boundary and ends in an ellipsis', () => {
    const label = shortenLabel(
      'The OSCE playing an active role in maintaining security and stability throughout the OSCE area',
      40,
    );
    expect(label).toBe('The OSCE playing an active role in…');
    expect([...label].length).toBeLessThanOrEqual(40);
  });

  it('cuts Japanese at punctuation, counting code points', () => {
    const label = shortenLabel(
      'OSCEがその活動を通じて、OSCE域内全体、就中、中央アジア地域における安全保障',
      24,
    );
    expect(label).toBe('OSCEがその活動を通じて、OSCE域内全体…');
    expect(shortenLabel('𠮷'.repeat(30), 24)).toBe(`${'𠮷'.repeat(23)}…`);
  });

  it('cuts hard when there is no boundary in the second half', () => {
    expect(shortenLabel('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
