import type { NodeKind } from './node-kinds';
import type { RelationType } from './relation-types';

/**
 * How the graph is drawn, as part of the vocabulary: every node kind has a colour, a shape and an
 * icon; every relationship type a display category. The tables are exhaustive `Record`s over the
 * vocabulary, so a new kind or type does not compile until it is styled. The exports (Cytoscape
 * JSON, GraphML, GEXF), the Subgraph's `legend` and the explorer page all read them, so a viewer
 * needs no lookup table of ours.
 *
 * Colours: Paul Tol's "muted" qualitative scheme (distinct for the common colour-vision
 * deficiencies, and legible with black text) for the nine kinds of the world, greys for the text's
 * own structure (Document, Section, Clause) and for propositions, which are statements about
 * entities rather than entities. Shapes differ as well, so no kind depends on colour alone.
 */

/** Cytoscape.js node shapes we use; `GEXF_SHAPES` maps each to the closest of GEXF's four. */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'cut-rectangle'
  | 'diamond'
  | 'triangle'
  | 'hexagon'
  | 'star'
  | 'barrel'
  | 'tag'
  | 'round-tag'
  | 'vee';

export interface KindStyle {
  /** `#rrggbb`. */
  readonly color: string;
  readonly shape: NodeShape;
  /** A Material Symbols icon name, for viewers that draw icons. */
  readonly icon: string;
}

export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  State: { color: '#332288', shape: 'ellipse', icon: 'flag' },
  Person: { color: '#CC6677', shape: 'ellipse', icon: 'person' },
  Organization: { color: '#88CCEE', shape: 'round-rectangle', icon: 'corporate_fare' },
  Programme: { color: '#44AA99', shape: 'hexagon', icon: 'handshake' },
  Event: { color: '#AA4499', shape: 'star', icon: 'event' },
  Place: { color: '#117733', shape: 'triangle', icon: 'location_on' },
  Sector: { color: '#DDCC77', shape: 'barrel', icon: 'category' },
  Issue: { color: '#882255', shape: 'vee', icon: 'warning' },
  CalendarDate: { color: '#999933', shape: 'tag', icon: 'calendar_today' },
  Proposition: { color: '#DDDDDD', shape: 'round-tag', icon: 'chat_bubble' },
  Document: { color: '#555555', shape: 'rectangle', icon: 'description' },
  Section: { color: '#888888', shape: 'cut-rectangle', icon: 'segment' },
  Clause: { color: '#BBBBBB', shape: 'cut-rectangle', icon: 'notes' },
};

/** GEXF 1.3 `viz:shape` knows disc, square, triangle, diamond (and image). */
export type GexfShape = 'disc' | 'square' | 'triangle' | 'diamond';

export const GEXF_SHAPES: Readonly<Record<NodeShape, GexfShape>> = {
  ellipse: 'disc',
  'round-rectangle': 'square',
  rectangle: 'square',
  'cut-rectangle': 'square',
  barrel: 'square',
  diamond: 'diamond',
  hexagon: 'diamond',
  star: 'diamond',
  tag: 'triangle',
  'round-tag': 'triangle',
  triangle: 'triangle',
  vee: 'triangle',
};

/**
 * What an edge is about, for a viewer's colours and filters: a party's speech act, the text's
 * structure and citations, who takes part in what, when, and where.
 */
export const DISPLAY_CATEGORIES = [
  'speech_act',
  'structure',
  'participation',
  'time',
  'place',
] as const;
export type DisplayCategory = (typeof DISPLAY_CATEGORIES)[number];

export interface CategoryStyle {
  readonly label: { readonly ja: string; readonly en: string };
  /** `#rrggbb` for the edge's line. */
  readonly color: string;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
}

export const CATEGORY_STYLES: Readonly<Record<DisplayCategory, CategoryStyle>> = {
  speech_act: { label: { ja: '発言行為', en: 'speech act' }, color: '#AA3377', lineStyle: 'solid' },
  structure: { label: { ja: '文書構造', en: 'structure' }, color: '#BBBBBB', lineStyle: 'dotted' },
  participation: {
    label: { ja: '関与', en: 'participation' },
    color: '#4477AA',
    lineStyle: 'solid',
  },
  time: { label: { ja: '時', en: 'time' }, color: '#999933', lineStyle: 'dashed' },
  place: { label: { ja: '場所', en: 'place' }, color: '#117733', lineStyle: 'dashed' },
};

export const RELATION_DISPLAY: Readonly<Record<RelationType, DisplayCategory>> = {
  WELCOMES: 'speech_act',
  SUPPORTS: 'speech_act',
  APPRECIATES: 'speech_act',
  EXPRESSES_GRATITUDE: 'speech_act',
  CONDEMNS: 'speech_act',
  CONFIRMS: 'speech_act',
  STRESSES: 'speech_act',
  NOTES: 'speech_act',
  IS_CONVINCED: 'speech_act',
  SHARES_VIEW: 'speech_act',
  INTENDS: 'speech_act',
  COMMITS_TO: 'speech_act',
  IS_READY_TO: 'speech_act',
  IS_READY_TO_CONSIDER: 'speech_act',
  EXPECTS: 'speech_act',
  EXPRESSES_INTEREST: 'speech_act',
  PART_OF: 'structure',
  MENTIONS: 'structure',
  REFERENCES: 'structure',
  ADOPTED_AT: 'structure',
  BASED_ON: 'structure',
  BROADER: 'structure',
  PARTY_TO: 'participation',
  SIGNED_BY: 'participation',
  INVITED_BY: 'participation',
  HOLDS_OFFICE_IN: 'participation',
  MEMBER_OF: 'participation',
  PARTNER_OF: 'participation',
  ACTIVE_IN: 'participation',
  CONCERNS: 'participation',
  INVOLVES: 'participation',
  ISSUED_BY: 'participation',
  GOVERNMENT_OF: 'participation',
  ORGAN_OF: 'participation',
  RUNS: 'participation',
  WITHIN_FRAMEWORK: 'participation',
  SIGNED_ON: 'time',
  HELD_ON: 'time',
  ENTERED_INTO_FORCE_ON: 'time',
  ADOPTED_ON: 'time',
  ANNOUNCED_ON: 'time',
  SIGNED_AT: 'place',
  HELD_IN: 'place',
  LOCATED_IN: 'place',
};

/**
 * Longest short label, in code points. Japanese is about twice as wide per character as Latin
 * script, so its limit is lower: both fit under a node at a readable size.
 */
export const SHORT_LABEL_LENGTH = { en: 40, ja: 24 } as const;

const ELLIPSIS = '…';

/**
 * A name cut to at most `max` code points for drawing: whole as it is when short enough; else cut
 * at the last word boundary (English) or punctuation (Japanese) in the second half, else hard,
 * always ending in "…".
 */
export function shortenLabel(text: string, max: number): string {
  const chars = [...text.trim().replace(/\s+/g, ' ')];
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max - 1);
  let cut = head.length;
  for (let i = head.length - 1; i >= Math.floor(max / 2); i -= 1) {
    if (/[\s、,・(（「]/.test(head[i] as string)) {
      cut = i;
      break;
    }
  }
  return (
    head
      .slice(0, cut)
      .join('')
      .replace(/[\s、,・:;(（「-]+$/, '') + ELLIPSIS
  );
}

/** `#rrggbb` → its three channels, for GEXF's `viz:color`. */
export function rgbOf(color: string): { r: number; g: number; b: number } {
  const value = parseInt(color.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}
