import { resolveActor } from '../../../src/draft/actors';
import { loadGazetteer } from '../../../src/draft/gazetteer';
import { findActs } from '../../../src/draft/speech-acts';
import { loadTokenizer, type Tokenize } from '../../../src/draft/tokenizer';

const gazetteer = loadGazetteer();
const context = {
  gazetteer,
  parties: ['japan', 'uzbekistan'],
  persons: new Map([['山田一郎', 'japan']]),
};
let tokenize: Tokenize;
beforeAll(async () => {
  tokenize = await loadTokenizer();
});

/** [type, actor ids] of each act in a clause, in order. */
function acts(text: string): Array<[string, string]> {
  const isActor = (phrase: string) => resolveActor(phrase, context).length > 0;
  return findActs(text, tokenize(text), isActor, undefined).acts.map((a) => [
    a.type,
    resolveActor(a.actor.text, context).join('+'),
  ]);
}

describe('speech acts from predicates', () => {
  it.each([
    ['双方は、会議の開催を歓迎する。', 'WELCOMES'],
    ['双方は、決議に対する支持を表明する。', 'SUPPORTS'],
    ['双方は、改革の成果を高く評価する。', 'APPRECIATES'],
    ['双方は、核実験を非難する。', 'CONDEMNS'],
    ['双方は、対話の重要性を強調する。', 'STRESSES'],
    ['双方は、協力の重要性を指摘する。', 'NOTES'],
    ['双方は、会談が契機となることを確信する。', 'IS_CONVINCED'],
    ['双方は、この点につき認識を共有する。', 'SHARES_VIEW'],
    ['双方は、協力を拡大する意向を有する。', 'INTENDS'],
    ['双方は、協議を開始する用意がある。', 'IS_READY_TO'],
    ['双方は、提案を検討する用意がある旨表明する。', 'IS_READY_TO_CONSIDER'],
    ['双方は、成功への期待を表明する。', 'EXPECTS'],
    ['双方は、投資への関心を表明する。', 'EXPRESSES_INTEREST'],
    ['双方は、協議を定期的に実施する。', 'COMMITS_TO'],
    ['双方は、この問題について意見の一致を見た。', 'SHARES_VIEW'],
  ])('%s → %s', (text, type) => {
    expect(acts(text)).toEqual([[type, 'japan+uzbekistan']]);
  });

  it('takes the actor from the subject: a side, a state, a government, a named leader', () => {
    expect(acts('日本側は、支援に謝意を表明する。')).toEqual([['EXPRESSES_GRATITUDE', 'japan']]);
    expect(acts('ウズベキスタン側は、これを歓迎する。')).toEqual([['WELCOMES', 'uzbekistan']]);
    expect(acts('日本国政府は、協力を継続する。')).toEqual([['COMMITS_TO', 'japanese-government']]);
    expect(acts('山田一郎内閣総理大臣は、成果を評価した。')).toEqual([['APPRECIATES', 'japan']]);
  });

  it('changes actor where a new subject starts in the sentence', () => {
    expect(
      acts('日本側は、研修員を受け入れる意向を表明し、ウズベキスタン側はこれを歓迎する。'),
    ).toEqual([
      ['INTENDS', 'japan'],
      ['WELCOMES', 'uzbekistan'],
    ]);
  });

  it('reads a confirmed readiness as one act, and no commitment inside the readiness', () => {
    const text = '双方は、対話を継続すると共に、交流を強化する用意があることを確認する。';
    expect(acts(text)).toEqual([['IS_READY_TO', 'japan+uzbekistan']]);
    const isActor = (phrase: string) => resolveActor(phrase, context).length > 0;
    expect(findActs(text, tokenize(text), isActor, undefined).acts[0]?.confirmed).toBe(true);
  });

  it('lets a named leader act, where the leader is known', () => {
    const leaders = { ...context, personId: (name: string) => `person:${name}` };
    expect(resolveActor('山田一郎日本国内閣総理大臣', leaders)).toEqual(['person:山田一郎']);
    expect(resolveActor('日本国内閣総理大臣', leaders)).toEqual(['japan']);
  });

  it('skips what another subject does inside the act (北朝鮮が…再確認し…こと)', () => {
    expect(
      acts('双方は、北朝鮮が約束を再確認し、協議に復帰することが不可欠であるとの認識を共有する。'),
    ).toEqual([['SHARES_VIEW', 'japan+uzbekistan']]);
  });

  it('drafts nothing for a sentence without an actor or an act', () => {
    expect(acts('会議は、2007年に開催された。')).toEqual([]);
  });
});
