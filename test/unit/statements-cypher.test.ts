import { candidates, parties, statementsQuery } from '../../src/graph/statements-cypher';
import { SPEECH_ACT_TYPES } from '../../src/vocabulary';

/**
 * `statements` costs what its answer costs: its candidate acts start from the most selective
 * filter, with the speech-act types as pattern types (Neo4j then expands or seeks only those),
 * never from every relationship of the graph filtered afterwards.
 */
describe('where the statements query starts', () => {
  const none = { documentId: null, actorId: null, targetId: null };

  it('seeks a document’s acts on each type’s source index, one branch per type', () => {
    const cypher = candidates({ ...none, types: ['WELCOMES', 'SUPPORTS'], documentId: 'doc' });
    expect(cypher.match(/WHERE act\.source = \$documentId/g)).toHaveLength(2);
    expect(cypher).toContain('[act:`WELCOMES`]');
    expect(cypher).toContain('[act:`SUPPORTS`]');
  });

  it('expands an actor’s acts from its speakers, without the other parties of each act', () => {
    const cypher = candidates({ ...none, types: ['WELCOMES'], actorId: 'japan' });
    expect(cypher).toContain('UNWIND speakers AS speaker');
    expect(cypher).not.toContain('clauseId');
  });

  it('tests a document’s own agents for speaking for the actor, not every official of the corpus', () => {
    const start = { types: ['WELCOMES', 'SUPPORTS'] as const, actorId: 'japan', targetId: null };
    const inDocument = statementsQuery({ ...start, documentId: 'doc' });
    expect(inDocument).toContain('WHERE EXISTS { MATCH (speaker)-[');
    expect(inDocument).not.toContain('MATCH (speaker:Entity)-[');
    const corpusWide = statementsQuery({ ...start, documentId: null });
    expect(corpusWide).toContain('MATCH (speaker:Entity)-[');
  });

  it('seeks the parties of the page’s acts by clause, one branch per type', () => {
    const cypher = parties(['WELCOMES', 'SUPPORTS']);
    expect(cypher).toContain('USING INDEX act:`WELCOMES`(clauseId)');
    expect(cypher).toContain('USING INDEX act:`SUPPORTS`(clauseId)');
    expect(cypher).toContain("WHERE row.type = 'SUPPORTS'");
  });

  it('starts a target filter from the named node and what it is about', () => {
    const cypher = candidates({ ...none, types: ['NOTES'], targetId: 'osce' });
    expect(cypher).toContain('MATCH (named:Entity {id: $targetId})');
  });

  it('types every pattern, even without a filter', () => {
    const cypher = candidates({ ...none, types: [...SPEECH_ACT_TYPES] });
    expect(cypher).toContain(`[act:${SPEECH_ACT_TYPES.map((t) => `\`${t}\``).join('|')}]`);
  });

  it('refuses types outside the vocabulary', () => {
    expect(() => candidates({ ...none, types: ['DROP' as never] })).toThrow(/vocabulary/);
  });
});
