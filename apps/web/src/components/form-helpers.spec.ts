import { controlAria, fieldBinder, requiredDetails, summaryItems } from './form-helpers';

interface Values {
  title: string;
  kind: string;
  parties: string[];
}

describe('fieldBinder', () => {
  const values: Values = { title: '防災協定', kind: '', parties: ['宮古市'] };

  it('gives a field its control id, name, current text and messages', () => {
    const field = fieldBinder(
      (f) => `agreement-${f}`,
      values,
      () => undefined,
      { title: ['入力してください'] },
    );
    expect(field('title')).toMatchObject({ id: 'agreement-title', name: 'title', value: '防災協定', messages: ['入力してください'] });
    expect(field('kind').messages).toBeUndefined();
  });

  it('applies an edit to the latest values, leaving the other fields as they are', () => {
    let state = values;
    const update = (change: (current: Values) => Values) => {
      state = change(state);
    };
    const field = fieldBinder((f) => f, values, update, {});
    // Another change landed first (e.g. a party was added): it must survive the edit.
    state = { ...state, parties: ['宮古市', '釜石市'] };
    field('kind').onChange({ target: { value: 'disaster_aid' } });
    expect(state).toEqual({ title: '防災協定', kind: 'disaster_aid', parties: ['宮古市', '釜石市'] });
    expect(values.kind).toBe(''); // the render's values are not mutated
  });
});

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
