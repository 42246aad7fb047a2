// One index per evidenced relationship type on the clause whose words assert it: a clause's
// `asserts` and the clause filter by relation type seek these (Neo4j indexes relationship
// properties per type), instead of scanning every relationship of the graph.
// Kept in step with the vocabulary by test/unit/schema-indexes.test.ts.
CREATE INDEX rel_welcomes_clause IF NOT EXISTS FOR ()-[r:WELCOMES]-() ON (r.clauseId);
CREATE INDEX rel_supports_clause IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.clauseId);
CREATE INDEX rel_appreciates_clause IF NOT EXISTS FOR ()-[r:APPRECIATES]-() ON (r.clauseId);
CREATE INDEX rel_expresses_gratitude_clause IF NOT EXISTS FOR ()-[r:EXPRESSES_GRATITUDE]-() ON (r.clauseId);
CREATE INDEX rel_condemns_clause IF NOT EXISTS FOR ()-[r:CONDEMNS]-() ON (r.clauseId);
CREATE INDEX rel_confirms_clause IF NOT EXISTS FOR ()-[r:CONFIRMS]-() ON (r.clauseId);
CREATE INDEX rel_stresses_clause IF NOT EXISTS FOR ()-[r:STRESSES]-() ON (r.clauseId);
CREATE INDEX rel_notes_clause IF NOT EXISTS FOR ()-[r:NOTES]-() ON (r.clauseId);
CREATE INDEX rel_is_convinced_clause IF NOT EXISTS FOR ()-[r:IS_CONVINCED]-() ON (r.clauseId);
CREATE INDEX rel_shares_view_clause IF NOT EXISTS FOR ()-[r:SHARES_VIEW]-() ON (r.clauseId);
CREATE INDEX rel_intends_clause IF NOT EXISTS FOR ()-[r:INTENDS]-() ON (r.clauseId);
CREATE INDEX rel_commits_to_clause IF NOT EXISTS FOR ()-[r:COMMITS_TO]-() ON (r.clauseId);
CREATE INDEX rel_is_ready_to_clause IF NOT EXISTS FOR ()-[r:IS_READY_TO]-() ON (r.clauseId);
CREATE INDEX rel_is_ready_to_consider_clause IF NOT EXISTS FOR ()-[r:IS_READY_TO_CONSIDER]-() ON (r.clauseId);
CREATE INDEX rel_expects_clause IF NOT EXISTS FOR ()-[r:EXPECTS]-() ON (r.clauseId);
CREATE INDEX rel_expresses_interest_clause IF NOT EXISTS FOR ()-[r:EXPRESSES_INTEREST]-() ON (r.clauseId);
CREATE INDEX rel_mentions_clause IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.clauseId);
CREATE INDEX rel_references_clause IF NOT EXISTS FOR ()-[r:REFERENCES]-() ON (r.clauseId);
CREATE INDEX rel_party_to_clause IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.clauseId);
CREATE INDEX rel_signed_by_clause IF NOT EXISTS FOR ()-[r:SIGNED_BY]-() ON (r.clauseId);
CREATE INDEX rel_signed_at_clause IF NOT EXISTS FOR ()-[r:SIGNED_AT]-() ON (r.clauseId);
CREATE INDEX rel_signed_on_clause IF NOT EXISTS FOR ()-[r:SIGNED_ON]-() ON (r.clauseId);
CREATE INDEX rel_adopted_on_clause IF NOT EXISTS FOR ()-[r:ADOPTED_ON]-() ON (r.clauseId);
CREATE INDEX rel_announced_on_clause IF NOT EXISTS FOR ()-[r:ANNOUNCED_ON]-() ON (r.clauseId);
CREATE INDEX rel_issued_by_clause IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.clauseId);
CREATE INDEX rel_adopted_at_clause IF NOT EXISTS FOR ()-[r:ADOPTED_AT]-() ON (r.clauseId);
CREATE INDEX rel_entered_into_force_on_clause IF NOT EXISTS FOR ()-[r:ENTERED_INTO_FORCE_ON]-() ON (r.clauseId);
CREATE INDEX rel_held_in_clause IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.clauseId);
CREATE INDEX rel_held_on_clause IF NOT EXISTS FOR ()-[r:HELD_ON]-() ON (r.clauseId);
CREATE INDEX rel_invited_by_clause IF NOT EXISTS FOR ()-[r:INVITED_BY]-() ON (r.clauseId);
CREATE INDEX rel_holds_office_in_clause IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE_IN]-() ON (r.clauseId);
CREATE INDEX rel_government_of_clause IF NOT EXISTS FOR ()-[r:GOVERNMENT_OF]-() ON (r.clauseId);
CREATE INDEX rel_organ_of_clause IF NOT EXISTS FOR ()-[r:ORGAN_OF]-() ON (r.clauseId);
CREATE INDEX rel_runs_clause IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.clauseId);
CREATE INDEX rel_within_framework_clause IF NOT EXISTS FOR ()-[r:WITHIN_FRAMEWORK]-() ON (r.clauseId);
CREATE INDEX rel_member_of_clause IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.clauseId);
CREATE INDEX rel_partner_of_clause IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.clauseId);
CREATE INDEX rel_active_in_clause IF NOT EXISTS FOR ()-[r:ACTIVE_IN]-() ON (r.clauseId);
CREATE INDEX rel_concerns_clause IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.clauseId);
CREATE INDEX rel_based_on_clause IF NOT EXISTS FOR ()-[r:BASED_ON]-() ON (r.clauseId);
CREATE INDEX rel_involves_clause IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.clauseId);
CREATE INDEX rel_located_in_clause IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.clauseId);
