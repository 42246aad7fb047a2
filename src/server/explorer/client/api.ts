/// <reference lib="dom" />
import type { SubgraphData } from '../../../graph/subgraph.repository';

/**
 * The explorer's one door to the data: POST /graphql, one operation per action, errors turned
 * into messages a person can act on.
 */
export class ApiError extends Error {}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API does not answer. Is the server running?');
  }
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without JSON.`);
  }
  const [error] = body.errors ?? [];
  if (error) {
    const code = error.extensions?.code ? ` (${error.extensions.code})` : '';
    throw new ApiError(`${error.message}${code}`);
  }
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}

/** The Subgraph fields the explorer draws and exports from (styles are computed in the page). */
export const SUBGRAPH_FIELDS = `
  nodes { id kind label name { ja en } properties }
  edges { id type source target label documentId evidence { clauseId quote } properties }
  truncated`;

/** Several subgraphs (a view and its expansions) as one, nodes and edges kept once by id. */
export function mergeSubgraphs(parts: ReadonlyArray<SubgraphData | null>): SubgraphData {
  const nodes = new Map<string, SubgraphData['nodes'][number]>();
  const edges = new Map<string, SubgraphData['edges'][number]>();
  let truncated = false;
  for (const part of parts) {
    if (!part) continue;
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of part.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
    truncated ||= part.truncated;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
