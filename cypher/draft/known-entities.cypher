// The graph's entities a draft may link to (read only): every annotated kind but propositions
// and dates, with what an annotation entity needs, and a document's signing date when known.
// Params: none. Returns: id, kind, nameJa, nameEn, aliases, iso3166, organizationType,
// documentType, officeJa, officeEn, signedOn (ISO value or null), loaded.
MATCH (n:Entity)
WHERE NOT n.kind IN ['Clause', 'Section', 'Proposition', 'CalendarDate']
OPTIONAL MATCH (n)-[:SIGNED_ON]->(d:CalendarDate)
WITH n, min(d.value) AS signedOn
RETURN n.id AS id, n.kind AS kind, n.nameJa AS nameJa, n.nameEn AS nameEn,
       coalesce(n.aliases, []) AS aliases, n.iso3166 AS iso3166,
       n.organizationType AS organizationType, n.documentType AS documentType,
       n.officeJa AS officeJa, n.officeEn AS officeEn, signedOn, n.text IS NOT NULL AS loaded
ORDER BY id
