import { targetKey } from './target-key';

describe('the key of a new target, from its indicator', () => {
  it.each([
    ['officials trained', [], 'officials-trained'],
    ['  Officials trained (2011–2013) ', [], 'officials-trained-2011-2013'],
    ['Coût par fonctionnaire formé', [], 'cout-par-fonctionnaire-forme'],
    ['officials trained', ['officials-trained'], 'officials-trained-2'],
    ['officials trained', ['officials-trained', 'officials-trained-2'], 'officials-trained-3'],
    ['الموظفون المدربون', [], 'target-1'],
    ['受培训官员', ['target-1'], 'target-2'],
    ['a'.repeat(80), [], 'a'.repeat(50)],
  ])('%j (taken %j) -> %s', (indicator, taken, key) => {
    expect(targetKey(indicator, taken)).toBe(key);
    // what the API accepts (libs/partnership-projects, targetFaults)
    expect(key).toMatch(/^[a-z0-9][a-z0-9-]{0,59}$/);
  });
});
