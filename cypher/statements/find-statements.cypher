// Who said what: speech acts, one row per act (a joint act's edges, one per party, grouped by
// actId), in reading order (document, clause, offset). Continues the rows `speakers, agent, act,
// target` that src/graph/statements-cypher.ts puts before it: the candidate speech-act edges
// (typed from the vocabulary, started from the most selective filter) and, for the actor filter,
// the actor and those who speak for it. Every filter is applied here.
// Params: $actorId, $targetId, $documentId (each an id or null), $includeOfficials (boolean),
//   $jointly (boolean or null), $placeTypes (relations to where the target
//   happens), $basedOnType, $aboutTypes (relations, either way, that make a node part of what the
//   target is about), $offset, $limit, $referenced [{argument, id}] (ids the filter names, checked
//   to exist).
// Returns one row: missing [{argument, id}], totalCount, statements [{actId, type, cameo, jointly,
//   qualifiers [[name, value]], actors, target {… participants, dates, places}, basis, evidence}].
WITH speakers, agent, act, target
WHERE ($documentId IS NULL OR act.source = $documentId)
  AND ($jointly IS NULL OR act.jointly = $jointly)
  AND ($targetId IS NULL OR target.id = $targetId
       OR EXISTS { MATCH (target)-[i]-(:Entity {id: $targetId}) WHERE type(i) IN $aboutTypes })
WITH speakers, act.actId AS actId, type(act) AS type, target,
     collect(agent) AS agents, collect(act) AS acts
WHERE $actorId IS NULL OR any(agent IN agents WHERE agent IN speakers)
WITH actId, type, target, agents, acts[0] AS act
MATCH (clause:Entity {id: act.clauseId})
WITH actId, type, target, agents, act
ORDER BY act.source, clause.order, act.start, actId
WITH collect({actId: actId, type: type, target: target, agents: agents, act: act}) AS rows
CALL () {
  UNWIND $referenced AS ref
  OPTIONAL MATCH (n:Entity {id: ref.id})
  RETURN collect(CASE WHEN n IS NULL THEN ref END) AS missing
}
WITH missing, size(rows) AS totalCount, rows[$offset..($offset + $limit)] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.target AS target, row.act AS act
  RETURN collect({
    actId: row.actId,
    type: row.type,
    cameo: act.cameo,
    jointly: act.jointly,
    qualifiers: [key IN keys(act) WHERE key STARTS WITH 'q_' | [substring(key, 2), act[key]]],
    actors: [agent IN row.agents | agent {.id, .kind, .nameJa, .nameEn}],
    target: target {
      .id, .kind, .nameJa, .nameEn,
      participants: COLLECT {
        MATCH (target)-[i:INVOLVES]->(e:Entity)
        WHERE NOT coalesce(i.q_role, '') IN ['time', 'place']
        WITH i, e ORDER BY i.start, e.id
        RETURN e {.id, .kind, .nameJa, .nameEn, role: i.q_role}
      } + COLLECT {
        MATCH (target)<-[p:PARTY_TO]-(e:Entity)
        WITH p, e ORDER BY p.start, e.id
        RETURN e {.id, .kind, .nameJa, .nameEn, role: coalesce(p.q_role, 'party')}
      },
      dates: COLLECT {
        MATCH (target)-[r]->(d:CalendarDate)
        WITH r, d ORDER BY d.value, type(r)
        RETURN d {.id, .value, .precision, relation: type(r), role: coalesce(r.q_role, r.q_bound)}
      },
      places: COLLECT {
        MATCH (target)-[r]->(p:Entity)
        WHERE type(r) IN $placeTypes OR (type(r) = 'INVOLVES' AND r.q_role = 'place')
        WITH r, p ORDER BY r.start, p.id
        RETURN p {.id, .kind, .nameJa, .nameEn, relation: type(r)}
      }
    },
    basis: COLLECT {
      MATCH (target)-[r]->(b:Entity) WHERE type(r) = $basedOnType
      RETURN b {.id, .kind, .nameJa, .nameEn}
    } + COLLECT {
      MATCH (b:Entity {id: act.q_basis})
      RETURN b {.id, .kind, .nameJa, .nameEn}
    },
    evidence: {documentId: act.source, clauseId: act.clauseId, quote: act.quote,
               prefix: act.prefix, suffix: act.suffix, start: act.start, end: act.end}
  }) AS statements
}
RETURN missing, totalCount, statements
