// Constraints and indexes, applied once per process before the first load (idempotent: IF NOT
// EXISTS). src/ingest/graph-schema.ts adds the relationship indexes generated from the vocabulary.
// Every node carries the base label Entity, so one constraint makes every id unique and indexed.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Clauses are listed per document in reading order, and a clause's neighbours are found by
// (documentId, order).
CREATE INDEX clause_document_order IF NOT EXISTS
FOR (n:Clause) ON (n.documentId, n.order);

// A document's clauses by documentId alone (`clauses(filter: {documentId})`, `Document.clauses`):
// the composite index above serves only a predicate on both of its properties, so without this
// one each of those lists scanned every Clause of the corpus (36,300 at 1,000 statements).
CREATE INDEX clause_document IF NOT EXISTS
FOR (n:Clause) ON (n.documentId);

// Timeline queries order dated nodes by their ISO value.
CREATE INDEX calendar_date_value IF NOT EXISTS
FOR (n:CalendarDate) ON (n.value);

// Names, aliases and clause text in Japanese and English. The cjk analyzer splits CJK text into
// bigrams (so ウラン matches inside ウラン鉱山開発) and tokenizes Latin text like the standard
// analyzer (so "uranium" and JOGMEC match), which serves both languages in one index.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.nameJa, n.nameEn, n.aliases, n.text, n.textEn, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
