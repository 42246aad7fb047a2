// Who said what: each act of the page read whole. Continues the rows `missing, totalCount, row,
// target, agent, act` of find-statements.cypher and the parties to each act that
// src/graph/statements-cypher.ts seeks (one row per party; row null when the page is empty).
// Params: $placeTypes (relations to where the target happens), $basedOnType.
// Returns one row: missing [{argument, id}], totalCount, statements [{actId, type, cameo, jointly,
//   qualifiers [[name, value]], actors, target {… participants, dates, places}, basis, evidence}]
//   in reading order.
WITH missing, totalCount, row, target, collect(agent) AS agents, collect(act)[0] AS act
ORDER BY row.source, row.start, row.actId
// A map projection of the null row of an empty page is null, and collect leaves it out.
RETURN missing, totalCount, collect(row {
  .actId,
  .type,
  cameo: act.cameo,
  jointly: act.jointly,
  qualifiers: [key IN keys(act) WHERE key STARTS WITH 'q_' | [substring(key, 2), act[key]]],
  actors: [agent IN agents | agent {.id, .kind, .nameJa, .nameEn}],
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
