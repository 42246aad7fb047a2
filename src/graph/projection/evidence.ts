/** Relationship properties an evidence entry is made of; each has a parallel list on a fact. */
export const EVIDENCE_LISTS = {
  clauseId: 'evidenceClauseIds',
  quote: 'evidenceQuotes',
  prefix: 'evidencePrefixes',
  suffix: 'evidenceSuffixes',
  start: 'evidenceStarts',
  end: 'evidenceEnds',
  source: 'evidenceSources',
} as const;
export type EvidenceProperty = keyof typeof EVIDENCE_LISTS;
export const isEvidenceProperty = (name: string): name is EvidenceProperty =>
  name in EVIDENCE_LISTS;

/**
 * A shared fact's per-document lists: its evidence lists, their entries' ids and its documents.
 * Each grows by one entry with every document that states the fact.
 */
export const FACT_LISTS: readonly string[] = [
  ...Object.values(EVIDENCE_LISTS),
  'evidenceIds',
  'documentIds',
];
