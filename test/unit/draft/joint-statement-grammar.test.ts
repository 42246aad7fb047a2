import { findCandidates, type Candidate } from '../../../src/draft/candidates';
import { resolveOverlaps, type Found } from '../../../src/draft/overlaps';
import { loadTokenizer, type Tokenize } from '../../../src/draft/tokenizer';

/**
 * The noun-phrase grammar of joint statements, each rule on a fictional sentence of its own and
 * with a sentence it must leave alone. None of these sentences is from a published statement.
 */

let tokenize: Tokenize;
beforeAll(async () => {
  tokenize = await loadTokenizer();
});

const found = (text: string, kind?: Candidate['kind']) =>
  findCandidates(text, tokenize(text))
    .filter((c) => kind === undefined || c.kind === kind)
    .map((c) => c.exact);

describe('a generic head names something only with its restrictive modifiers', () => {
  it('takes complements in の and における, and a purpose in のための', () => {
    expect(found('双方は、東京における鉄道技術者の研修を継続する。', 'Programme')).toEqual([
      '東京における鉄道技術者の研修',
    ]);
    expect(found('双方は、資金調達及び保証のための仕組みを整備する。', 'Programme')).toEqual([
      '資金調達及び保証のための仕組み',
    ]);
    expect(found('双方は、様々なレベルにおける協議を実施する。', 'Programme')).toEqual([
      '様々なレベルにおける協議',
    ]);
  });

  it('takes the setting of a plural head (地球規模の諸課題) and the left edge 他の', () => {
    expect(found('双方は、地球規模の諸課題に対処する。', 'Issue')).toEqual(['地球規模の諸課題']);
    expect(found('双方は、他の環境上及び経済上の地域の懸念に対応する。', 'Issue')).toEqual([
      '他の環境上及び経済上の地域の懸念',
    ]);
  });

  it('drafts nothing for the bare head, a pointer back, or a dialogue already named in quotes', () => {
    expect(found('双方は、協議を行い、この問題について諸課題を議論した。')).toEqual([]);
    expect(found('「北極+日本」対話の枠組みにおける協力を強化する。', 'Programme')).toEqual([
      '「北極+日本」対話',
    ]);
  });

  it('never takes 今後の or an evaluative adjective as a restriction', () => {
    expect(found('今後の協議を行う。', 'Programme')).toEqual([]);
    expect(found('双方は、定期的な閣僚対話と重要な首脳対話を行う。', 'Programme')).toEqual([
      '定期的な閣僚対話',
      '首脳対話',
    ]);
  });
});

describe('(その)他の makes a set of the rest', () => {
  it('keeps その他の on a compound organization', () => {
    expect(found('国連及びその他の地域機関において協力する。', 'Organization')).toEqual([
      'その他の地域機関',
    ]);
  });

  it('does not take その他 standing alone', () => {
    expect(found('その他、双方は地域機関において協力する。', 'Organization')).toEqual(['地域機関']);
  });
});

describe('fields before 分野', () => {
  it('reads …等の諸分野, splitting 鉄道・港湾 but keeping a shared head (海賊・密輸対策)', () => {
    expect(found('海賊・密輸対策、鉄道・港湾等の諸分野における協力', 'Sector').sort()).toEqual(
      ['海賊・密輸対策', '港湾', '鉄道'].sort(),
    );
  });

  it('lets the field next to 分野 be a verbal noun with its complement (大学間の交流)', () => {
    expect(found('文化、スポーツ及び大学間の交流の分野', 'Sector').sort()).toEqual(
      ['スポーツ', '大学間の交流', '文化'].sort(),
    );
  });

  it('finds the fields of a list of activities in the の before it, with その他の', () => {
    expect(
      found('銅、亜鉛及びその他の鉱物資源の探鉱、開発及び加工の分野', 'Sector').sort(),
    ).toEqual(['その他の鉱物資源', '亜鉛', '銅'].sort());
    expect(found('港湾の整備及び運営の分野', 'Sector')).toEqual(['港湾']);
  });

  it('names what is strengthened, not the strengthening (安全保障の強化の分野)', () => {
    expect(found('海洋安全保障の強化の分野における協力', 'Sector')).toEqual(['海洋安全保障']);
  });
});

describe('fields named as the objectives of an effort', () => {
  it('reads 「A及びBの推進並びにCに向けた」 as A, B and C', () => {
    expect(
      found(
        '双方は、報道の自由及び地方分権化の推進並びに汚職防止に向けた努力を支持する。',
        'Sector',
      ).sort(),
    ).toEqual(['報道の自由', '地方分権化', '汚職防止'].sort());
  });

  it('reads 「…を目的とし」, keeping a promotion that belongs to one item', () => {
    expect(found('海上安全の促進及び災害救援を目的とし、', 'Sector').sort()).toEqual(
      ['海上安全の促進', '災害救援'].sort(),
    );
  });

  it('ignores an aim that is no noun phrase, and に向け without a noun after it', () => {
    expect(found('役割を果たすことを目的とし、早期の改革の実現に向け努力する。', 'Sector')).toEqual(
      [],
    );
  });
});

describe('a policy stated by its content (…との方針)', () => {
  it('runs from the end of the relative clause before it to the head', () => {
    expect(
      found(
        '日本側は、2020年に表明したアフリカから5年間で500名の留学生を受け入れるとの方針を達成した。',
        'Programme',
      ),
    ).toEqual(['アフリカから5年間で500名の留学生を受け入れるとの方針']);
  });

  it('is no policy when the head is a view (との認識)', () => {
    expect(found('双方は、協力が重要であるとの認識を共有する。', 'Programme')).toEqual([]);
  });
});

describe('places, issues and shared heads', () => {
  it('names the area of an organization (EU域内全体) as a place', () => {
    expect(found('EU域内全体における安定', 'Place')).toEqual(['EU域内全体']);
  });

  it('names the reform of a named institution as an issue, not any reform', () => {
    expect(found('早期の国連改革を実現する。', 'Issue')).toEqual(['国連改革']);
    expect(found('社会・経済改革の成果を評価する。', 'Issue')).toEqual([]);
  });

  it('shares a head across bare nouns (水、食料及び保健問題) with the modifier of the whole', () => {
    expect(found('地域共通の水、食料及び保健問題の解決', 'Issue')).toEqual([
      '地域共通の水、食料及び保健問題',
    ]);
    expect(found('拉致問題及び核問題の解決', 'Issue')).toEqual(['拉致問題', '核問題']);
  });

  it('finds the site inside a project on it, but no site in an activity', () => {
    expect(found('テンギス油田開発プロジェクトが進展する。', 'Place')).toEqual(['テンギス油田']);
    expect(found('ウラン鉱山開発を進める。', 'Place')).toEqual([]);
  });
});

describe('overlapping mentions', () => {
  const text =
    'テンギス油田開発プロジェクト、東アジア地域情勢、APEC地域フォーラム、日本研修センター';
  const at = (name: string, kind: string, rule: string, priority: number): Found => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, kind, rule, priority };
  };
  const kept = (...f: Found[]) => resolveOverlaps(f, text).map((m) => text.slice(m.start, m.end));

  it('keeps a site inside the project on it, and drops a region inside a situation', () => {
    expect(
      kept(
        at('テンギス油田開発プロジェクト', 'Programme', 'compound-programme-head', 1),
        at('テンギス油田', 'Place', 'site-in-name', 1),
      ),
    ).toEqual(['テンギス油田開発プロジェクト', 'テンギス油田']);
    expect(
      kept(
        at('東アジア地域情勢', 'Issue', 'compound-issue-head', 1),
        at('東アジア地域', 'Place', 'gazetteer', 2),
      ),
    ).toEqual(['東アジア地域情勢']);
  });

  it('keeps a known organization opening its forum, and drops a state inside a centre', () => {
    expect(
      kept(
        at('APEC地域フォーラム', 'Organization', 'compound-organization-head', 1),
        at('APEC', 'Organization', 'gazetteer', 2),
      ),
    ).toEqual(['APEC地域フォーラム', 'APEC']);
    expect(
      kept(
        at('日本研修センター', 'Organization', 'compound-organization-head', 1),
        at('日本', 'State', 'gazetteer', 2),
      ),
    ).toEqual(['日本研修センター']);
  });
});
