import { FAIR_STATUSES } from '@bussanten/contracts';
import { FAIR_TRANSITIONS } from '@bussanten/domain';
import { translate } from '../../i18n/dictionaries';
import { transitionBodyKey, transitionLabelKey } from './transitions';

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
});
