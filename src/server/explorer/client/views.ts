/// <reference lib="dom" />
import type { SubgraphData } from '../../../graph/subgraph.repository';
import { graphql, mergeSubgraphs, SUBGRAPH_FIELDS } from './api';

/**
 * What the explorer shows, as a value the URL's hash holds (so a link restores it), and the one
 * GraphQL operation that loads it: the view's subgraph plus one aliased neighbourhood per
 * expanded node.
 */
export type ViewKind = 'neighborhood' | 'orgSector' | 'references' | 'overview';
export type Lang = 'en' | 'ja';

export interface ViewState {
  readonly view: ViewKind | null;
  /** The centre (neighborhood), the organization or sector (orgSector), the clause (references). */
  readonly id: string;
  /** Nodes whose neighbourhoods were added, in the order they were. */
  readonly expanded: readonly string[];
  readonly lang: Lang;
  /** The last search. */
  readonly q: string;
  /** The kind of `id`, for orgSector: Organization or Sector (none: every active organization). */
  readonly kind: string;
}

/** Nodes per neighbourhood: enough to read, few enough to draw legibly on a laptop. */
export const NEIGHBOURHOOD_LIMIT = 40;

const VIEWS: readonly ViewKind[] = ['neighborhood', 'orgSector', 'references', 'overview'];

export function readState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  return {
    view: VIEWS.includes(view as ViewKind) ? (view as ViewKind) : null,
    id: params.get('id') ?? '',
    expanded: (params.get('expand') ?? '').split(',').filter(Boolean),
    lang: params.get('lang') === 'ja' ? 'ja' : 'en',
    q: params.get('q') ?? '',
    kind: params.get('kind') ?? '',
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.id) params.set('id', state.id);
  if (state.kind) params.set('kind', state.kind);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.q) params.set('q', state.q);
  params.set('lang', state.lang);
  return `#${params.toString()}`;
}

function baseField(state: ViewState): { field: string; variables: Record<string, unknown> } {
  switch (state.view) {
    case 'orgSector': {
      const arg =
        state.kind === 'Sector' ? 'sectorIds: [$id]' : state.id ? 'organizationIds: [$id]' : '';
      return {
        field: `base: organizationSectorGraph(${arg}${arg ? ', ' : ''}depth: 2, limit: 200) { ${SUBGRAPH_FIELDS} }`,
        variables: state.id ? { id: state.id } : {},
      };
    }
    case 'references':
      return {
        field: `base: neighborhood(id: $id, depth: 2, types: [REFERENCES, SIGNED_ON, SIGNED_AT, PART_OF], limit: ${NEIGHBOURHOOD_LIMIT}) { ${SUBGRAPH_FIELDS} }`,
        variables: { id: state.id },
      };
    case 'overview':
      return { field: `base: schemaGraph { ${SUBGRAPH_FIELDS} }`, variables: {} };
    default:
      return {
        field: `base: neighborhood(id: $id, limit: ${NEIGHBOURHOOD_LIMIT}) { ${SUBGRAPH_FIELDS} }`,
        variables: { id: state.id },
      };
  }
}

/** One operation: the view and each expansion. Null parts (unknown ids) are left out. */
export async function loadView(state: ViewState): Promise<{ data: SubgraphData; found: boolean }> {
  const { field, variables } = baseField(state);
  const declarations = Object.keys(variables).map((name) => `$${name}: ID!`);
  const expansions = state.expanded.map((id, i) => {
    declarations.push(`$x${i}: ID!`);
    variables[`x${i}`] = id;
    return `x${i}: neighborhood(id: $x${i}, limit: ${NEIGHBOURHOOD_LIMIT}) { ${SUBGRAPH_FIELDS} }`;
  });
  const signature = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  const operation = `query ExplorerView${signature} { ${field} ${expansions.join(' ')} }`;
  const result = await graphql<Record<string, SubgraphData | null>>(operation, variables);
  return { data: mergeSubgraphs(Object.values(result)), found: result.base !== null };
}

/** One expansion on its own (a click), merged into what is drawn by the caller. */
export async function loadNeighbourhood(id: string): Promise<SubgraphData | null> {
  const result = await graphql<{ n: SubgraphData | null }>(
    `query Expand($id: ID!) { n: neighborhood(id: $id, limit: ${NEIGHBOURHOOD_LIMIT}) { ${SUBGRAPH_FIELDS} } }`,
    { id },
  );
  return result.n;
}

export interface SearchHit {
  readonly id: string;
  readonly kind: string;
  readonly name: { readonly ja: string; readonly en: string };
}

export async function search(text: string): Promise<{ hits: SearchHit[]; total: number }> {
  const result = await graphql<{
    search: { totalCount: number; edges: Array<{ node: SearchHit }> };
  }>(
    `
      query Search($text: String!) {
        search(text: $text, first: 25) {
          totalCount
          edges {
            node {
              id
              kind
              name {
                ja
                en
              }
            }
          }
        }
      }
    `,
    { text },
  );
  return { hits: result.search.edges.map((edge) => edge.node), total: result.search.totalCount };
}

export interface ClauseEvidence {
  readonly id: string;
  readonly start: number;
  readonly name: { readonly ja: string; readonly en: string };
  readonly text: { readonly ja: string; readonly en: string };
  readonly document: {
    readonly id: string;
    readonly name: { readonly ja: string; readonly en: string };
  };
  readonly asserts: ReadonlyArray<{
    readonly id: string;
    readonly type: string;
    readonly label: { readonly ja: string; readonly en: string };
    readonly cameo: { readonly code: string; readonly name: string } | null;
  }>;
}

export async function loadClause(id: string): Promise<ClauseEvidence | null> {
  const result = await graphql<{ clause: ClauseEvidence | null }>(
    `
      query Evidence($id: ID!) {
        clause(id: $id) {
          id
          start
          name {
            ja
            en
          }
          text {
            ja
            en
          }
          document {
            id
            name {
              ja
              en
            }
          }
          asserts(first: 100) {
            id
            type
            label {
              ja
              en
            }
            cameo {
              code
              name
            }
          }
        }
      }
    `,
    { id },
  );
  return result.clause;
}
