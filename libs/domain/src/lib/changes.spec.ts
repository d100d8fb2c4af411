import { changedFields } from './changes';

type M = { name: string; population: number | null; activities: string[]; passwordHash: string };
const fields = ['name', 'population', 'activities', 'passwordHash'] as const;

describe('changedFields', () => {
  it.each([
    ['nothing changed', { name: 'a', population: 1, activities: ['x'] }, { name: 'a', population: 1, activities: ['x'] }, {}],
    ['one field', { name: 'a', population: 1 }, { name: 'a', population: 2 }, { population: { before: 1, after: 2 } }],
    ['null and undefined are the same', { population: null }, {}, {}],
    ['arrays by value', { activities: ['x'] }, { activities: ['x', 'y'] }, { activities: { before: ['x'], after: ['x', 'y'] } }],
  ])('%s', (_name, before, after, expected) => {
    expect(changedFields<M>(before, after, fields)).toEqual(expected);
  });

  it('records a creation and a deletion', () => {
    expect(changedFields<M>(null, { name: 'a' }, fields)).toEqual({ name: { before: null, after: 'a' } });
    expect(changedFields<M>({ name: 'a' }, null, fields)).toEqual({ name: { before: 'a', after: null } });
  });

  it('never shows secret fields', () => {
    expect(changedFields<M>({ passwordHash: 'old' }, { passwordHash: 'new' }, fields, ['passwordHash'])).toEqual({});
  });
});
