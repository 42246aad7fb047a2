import { COMPARE_FLAGS, numericFlags } from '../../src/bench/environment';

/** `npm run bench -- --flag n`: numbers the README documents, refused with the list otherwise. */
describe('the benchmark flags', () => {
  it('reads numeric flags', () => {
    expect(numericFlags(['--rounds', '2', '--seconds', '1.5'], COMPARE_FLAGS)).toEqual({
      rounds: 2,
      seconds: 1.5,
    });
  });

  it('takes --soak-seconds 0 as "skip the soak", as the README says', () => {
    expect(numericFlags(['--soak-seconds', '0'], COMPARE_FLAGS)).toEqual({ 'soak-seconds': 0 });
  });

  it.each([
    [['--rounds', '0']],
    [['--connections', '-1']],
    [['--rounds', 'many']],
    [['--round', '2']],
    [['rounds', '2']],
  ])('refuses %j, naming the flags it knows', (argv) => {
    expect(() => numericFlags(argv, COMPARE_FLAGS)).toThrow(
      /unknown or bad flag .*--soak-seconds <n>/,
    );
  });
});
