/**
 * Example operations for the query page, one tab each: the three uses the API serves (which
 * agreements a clause references; the organization–sector graph another application walks; a
 * subgraph for a viewer), plus a search.
 */
export const EXAMPLE_TABS = [
  {
    query: `# Use 1: which agreements a clause references, with the words that say so.
# Ctrl+Enter runs the operation; Ctrl+Space completes; the Docs button shows the schema.
query ClauseReferences($clause: ID! = "jp-kz-2006#preamble__para_2") {
  clause(id: $clause) {
    text { ja en }
    references {
      to { id name { ja en } ... on Document { documentType signedOn { value precision } } }
      evidence { quote }
    }
  }
}
`,
  },
  {
    query: `# Use 2: organizations and sectors joined by ACTIVE_IN, from JOGMEC.
query OrganizationSectors {
  organizationSectorGraph(organizationIds: ["jogmec"], depth: 2) {
    nodes { id kind name { ja en } }
    edges { source target evidence { quote } }
    truncated
  }
}
`,
  },
  {
    query: `# Use 3: a subgraph for a viewer, with its legend; add graphml, gexf, csv or cytoscape.
query OsceNeighbourhood {
  neighborhood(id: "osce", limit: 20) {
    nodes { id kind shortLabel { ja en } degree }
    edges { source type target typeLabel { ja en } category evidence { quote } }
    legend { kinds { kind color shape count } types { type label { ja en } count } }
    truncated
  }
}
`,
  },
  {
    query: `# Search in Japanese or English.
query Search($text: String! = "ウラン") {
  search(text: $text, first: 10) {
    totalCount
    edges { score node { id kind name { ja en } } }
  }
}
`,
  },
];
