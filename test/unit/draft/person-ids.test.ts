import { PersonIds, readablePersonId } from '../../../src/draft/person-ids';
import { romanize } from '../../../src/draft/romaji';
import { loadTokenizer, type Tokenize } from '../../../src/draft/tokenizer';

/** Drafted persons get ids a reviewer can read, the same in every draft, never shared by two names. */

let tokenize: Tokenize;
beforeAll(async () => {
  tokenize = await loadTokenizer();
});

describe('romanize', () => {
  it('writes katakana in Hepburn with long vowels unmarked, doubled consonants and digraphs', () => {
    expect(romanize('ジュンイチロウ')).toBe('junichiro');
    expect(romanize('ナザルバーエフ')).toBe('nazarubaefu');
    expect(romanize('ホッカイドウ')).toBe('hokkaido');
    expect(romanize('マッチャ')).toBe('matcha');
    expect(romanize('フィリップ')).toBe('firippu');
  });

  it('gives up on anything that is not katakana', () => {
    expect(romanize('ジュン一')).toBeUndefined();
  });
});

describe('readable person ids', () => {
  it('reads a Japanese name as family-given, and each part of a katakana name', () => {
    expect(readablePersonId('山田太郎', tokenize)).toBe('yamada-taro');
    expect(readablePersonId('アリベク・サトパエフ', tokenize)).toBe('aribeku-satopaefu');
    expect(readablePersonId('Maria Lopez', tokenize)).toBe('maria-lopez');
  });

  it('is stable: the same name gives the same id in another draft', () => {
    expect(new PersonIds(tokenize).idFor('鈴木花子')).toBe(
      new PersonIds(tokenize).idFor('鈴木花子'),
    );
    const ids = new PersonIds(tokenize);
    expect(ids.idFor('鈴木花子')).toBe(ids.idFor('鈴木花子'));
  });

  it('never gives two names one id: a homophone or a known person with the reading gets a suffix', () => {
    const ids = new PersonIds(tokenize, [{ id: 'yamada-taro', name: '山田太朗' }]);
    const taro = ids.idFor('山田太郎');
    expect(taro).toMatch(/^yamada-taro-[0-9a-f]{6}$/);
    expect(ids.idFor('山田太郎')).toBe(taro);
    expect(
      new PersonIds(tokenize, [{ id: 'yamada-taro', name: '山田太郎' }]).idFor('山田太郎'),
    ).toBe('yamada-taro');
  });

  it('falls back to a hash for a name it cannot read', () => {
    expect(new PersonIds(tokenize).idFor('𠮷')).toMatch(/^person-[0-9a-f]{10}$/);
  });
});
