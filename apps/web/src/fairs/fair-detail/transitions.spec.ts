import { FAIR_STATUSES } from '@bussanten/contracts';
import { FAIR_TRANSITIONS } from '@bussanten/domain';
import { translate } from '../../i18n/dictionaries';
import { transitionBodyKey, transitionLabelKey, transitionPublicKey } from './transitions';

describe('fair status buttons', () => {
  const pairs = FAIR_STATUSES.flatMap((from) => FAIR_TRANSITIONS[from].map((to) => [from, to] as const));

  it.each(pairs)('%s → %s has a button of its own', (from, to) => {
    expect(transitionLabelKey(from, to)).not.toBe('fairs.transition.generic');
    expect(translate('ja', transitionBodyKey(to))).not.toBe('');
  });

  it('tells re-opening from opening', () => {
    expect(translate('ja', transitionLabelKey('draft', 'accepting'))).toBe('申込受付を開始');
    expect(translate('ja', transitionLabelKey('closed', 'accepting'))).toBe('申込受付を再開');
  });

  it.each([
    [true, 2, 'fairs.transitionPublic.visible'],
    [false, 2, 'fairs.transitionPublic.stopped'],
    [false, null, 'fairs.transitionPublic.never'],
  ] as const)('visible=%s, released=%s says %s about the public page', (visible, releasedVersion, key) => {
    expect(transitionPublicKey({ visible, releasedVersion })).toBe(key);
  });
});
