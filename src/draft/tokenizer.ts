import path from 'node:path';
import kuromoji from 'kuromoji';

/**
 * The morphological analyser: kuromoji with the IPADIC dictionary that ships inside its npm
 * package, so drafting needs no download. Tokens carry UTF-16 offsets into the analysed text
 * (JavaScript string indices); callers turn them into code points where selectors need them.
 */

export interface Token {
  readonly surface: string;
  /** 名詞, 動詞, 助詞, 記号 … */
  readonly pos: string;
  /** 固有名詞, サ変接続, 格助詞, 係助詞, 読点 … */
  readonly pos1: string;
  /** 人名, 地域, 組織 … */
  readonly pos2: string;
  readonly basic: string;
  /** Katakana reading from the dictionary; undefined for a word it does not know. */
  readonly reading?: string;
  /** 基本形, 連用形 … */
  readonly conjugation: string;
  /** UTF-16 offsets in the analysed text. */
  readonly start: number;
  readonly end: number;
}

export type Tokenize = (text: string) => Token[];

let building: Promise<Tokenize> | undefined;

/** Builds the analyser once per process (the dictionary takes about a second to load). */
export function loadTokenizer(): Promise<Tokenize> {
  building ??= new Promise((resolve, reject) => {
    const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) {
        reject(new Error(`cannot load the kuromoji dictionary from ${dicPath}: ${error.message}`));
        return;
      }
      resolve((text) => {
        const tokens: Token[] = [];
        // word_position drifts after some symbols; the surfaces are exact, so find each in turn.
        let cursor = 0;
        for (const t of tokenizer.tokenize(text)) {
          const found = text.indexOf(t.surface_form, cursor);
          const start = found < 0 ? cursor : found;
          cursor = start + t.surface_form.length;
          tokens.push({
            surface: t.surface_form,
            pos: t.pos,
            pos1: t.pos_detail_1,
            pos2: t.pos_detail_2,
            basic: t.basic_form,
            ...(t.reading && t.reading !== '*' ? { reading: t.reading } : {}),
            conjugation: t.conjugated_form,
            start,
            end: start + t.surface_form.length,
          });
        }
        return tokens;
      });
    });
  });
  return building;
}

/** Nouns, prefixes and the middle dot (・) join a compound noun; digits are nouns in IPADIC. */
export function isCompoundPart(token: Token): boolean {
  if (/[()()、。「」『』]/.test(token.surface)) return false;
  if (token.pos === '名詞') return token.pos1 !== '非自立' && token.pos1 !== '代名詞';
  if (token.pos === '接頭詞') return true;
  return token.surface === '・' || token.surface === '+' || token.surface === '+';
}
