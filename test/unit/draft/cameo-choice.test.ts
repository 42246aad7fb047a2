import { RELATION_TYPES, type RelationType } from '../../../src/vocabulary';
import { chooseCameo } from '../../../src/draft/cameo-choice';

/** The codes the vocabulary lets a type carry: its list where it has one, else its own code. */
function allowed(type: RelationType): string[] {
  const info = RELATION_TYPES[type] as {
    cameo?: { code: string };
    cameoCodes?: Array<{ code: string }>;
  };
  return info.cameoCodes?.map((c) => c.code) ?? [info.cameo!.code];
}

describe('the CAMEO code of a drafted act', () => {
  it.each([
    ['INTENDS', '政府開発援助による協力を継続する', '0331'],
    ['INTENDS', '研修員を受け入れる', '033'],
    ['COMMITS_TO', '外務省間の協議を定期的に実施する', '036'],
    ['INTENDS', '国連における協力を強化する', '032'],
    ['IS_READY_TO', 'エネルギー分野における協力を向上させる', '031'],
  ])(
    '%s 「%s」: the code its words call for where the vocabulary allows it (%s)',
    (type, target, code) => {
      const chosen = chooseCameo(type as RelationType, target);
      expect(allowed(type as RelationType)).toContain(chosen);
      if (allowed(type as RelationType).includes(code)) expect(chosen).toBe(code);
    },
  );

  it('is the type’s own code when the type has one code', () => {
    expect(chooseCameo('CONDEMNS', '政府開発援助')).toBe(
      (RELATION_TYPES.CONDEMNS as { cameo?: { code: string } }).cameo?.code,
    );
  });
});
