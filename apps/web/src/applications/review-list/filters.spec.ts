import { keepVisible, parseReviewFilters, reviewFiltersToQuery, reviewFiltersToSearchParams } from './filters';

describe('review list filters', () => {
  it('round-trips through the URL and ignores unknown values', () => {
    const f = parseReviewFilters(new URLSearchParams('status=accepted&q=%20宮古%20&needs=fridge&unassigned=true'));
    expect(f).toEqual({ status: 'accepted', q: '宮古', needs: 'fridge', unassigned: true });
    expect(reviewFiltersToSearchParams(f).toString()).toBe(new URLSearchParams('status=accepted&q=宮古&needs=fridge&unassigned=true').toString());
    expect(parseReviewFilters(new URLSearchParams('status=maybe&needs=sauna&unassigned=1'))).toEqual({ status: null, q: '', needs: null, unassigned: false });
    // A draft is the municipality's own: never a filter of the organizers' list.
    expect(parseReviewFilters(new URLSearchParams('status=draft'))).toEqual({ status: null, q: '', needs: null, unassigned: false });
  });

  it('sends only what is set', () => {
    expect(reviewFiltersToQuery({ status: null, q: ' ', needs: null, unassigned: false })).toEqual({});
    expect(reviewFiltersToQuery({ status: 'submitted', q: '', needs: 'water', unassigned: true })).toEqual({
      status: 'submitted',
      needs: 'water',
      unassigned: true,
    });
  });

  it('keeps only selected rows that are still shown', () => {
    expect([...keepVisible(new Set(['a', 'b', 'c']), ['c', 'a', 'd'])].sort()).toEqual(['a', 'c']);
  });
});
