import { assertedBy, neighborhood } from './floor-cypher';

/**
 * Type definitions for the Neo4j GraphQL Library (C), written by hand over the project's labels
 * and relationship types, as a team adopting the library would write them. What the library
 * cannot express with @relationship (a subgraph, "every relation this clause asserts") is a
 * @cypher field with the floor's Cypher.
 */
export const LIBRARY_TYPE_DEFS = /* GraphQL */ `
  type Evidence @relationshipProperties {
    quote: String
    clauseId: String
    start: Int
  }

  type CalendarDate @node {
    id: ID!
    value: String
  }

  type Document @node {
    id: ID!
    nameEn: String
    signedOn: [CalendarDate!]! @relationship(type: "SIGNED_ON", direction: OUT)
    sections: [Section!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Section @node {
    id: ID!
    order: Int
    clauses: [Clause!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Assertion {
    type: String!
    from: ID!
    to: ID!
    quote: String
  }

  type Clause @node {
    id: ID!
    eId: String
    documentId: String
    order: Int
    references: [Document!]!
      @relationship(type: "REFERENCES", direction: OUT, properties: "Evidence")
    asserts(first: Int = 25): [Assertion!]!
      @cypher(statement: """${assertedBy('this', '$first')}""", columnName: "relation")
  }

  type Organization @node {
    id: ID!
    nameEn: String
    activeIn: [Sector!]! @relationship(type: "ACTIVE_IN", direction: OUT, properties: "Evidence")
  }

  type Sector @node {
    id: ID!
    organizations: [Organization!]!
      @relationship(type: "ACTIVE_IN", direction: IN, properties: "Evidence")
  }

  type SubgraphNode {
    id: ID!
    kind: String
  }

  type SubgraphEdge {
    source: ID!
    type: String!
    target: ID!
  }

  type Subgraph {
    nodes: [SubgraphNode!]!
    edges: [SubgraphEdge!]!
    truncated: Boolean!
  }

  type Query {
    neighborhood(id: ID!, limit: Int!): Subgraph
      @cypher(statement: """${neighborhood(2)}""", columnName: "subgraph")
  }
`;
