import { controlAria, requiredDetails, summaryItems } from './form-helpers';

describe('summaryItems', () => {
  it('uses the located label, or the generic field label in the language', () => {
    const details = [
      { field: 'population', rule: 'min', message: '' },
      { field: 'parties.0.activities', rule: 'maxLength', message: '' },
    ];
    const items = summaryItems(details, 'ja', (field) =>
      field.startsWith('parties.') ? { targetId: 'party-0', label: '締結先1' } : { targetId: `m-${field}`, label: null },
    );
    expect(items.map((i) => [i.targetId, i.label])).toEqual([
      ['m-population', '人口'],
      ['party-0', '締結先1'],
    ]);
  });
});

describe('controlAria', () => {
  it('describes a valid control by its hint only', () => {
    expect(controlAria([], { errorId: 'e', hintId: 'h' })).toEqual({ 'aria-invalid': undefined, 'aria-describedby': 'h' });
  });

  it('puts the messages before the hint and marks the control invalid', () => {
    expect(controlAria(['必須です'], { errorId: 'e', hintId: 'h' })).toEqual({ 'aria-invalid': true, 'aria-describedby': 'e h' });
    expect(controlAria(['必須です'], { errorId: 'e', hintId: null })).toEqual({ 'aria-invalid': true, 'aria-describedby': 'e' });
  });

  it('describes nothing when there is neither a hint nor a message', () => {
    expect(controlAria([], { errorId: 'e', hintId: null })['aria-describedby']).toBeUndefined();
  });
});

describe('requiredDetails', () => {
  it.each([
    [{ email: 'a@b.jp', password: 'x' }, []],
    [{ email: '', password: '' }, ['email', 'password']],
    [{ email: '   ', password: 'x' }, ['email']],
  ])('%j → %j', (values, fields) => {
    expect(requiredDetails(values, ['email', 'password']).map((d) => [d.field, d.rule])).toEqual(fields.map((f) => [f, 'required']));
  });
});
