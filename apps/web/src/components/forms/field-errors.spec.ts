import type { ApiErrorDetail } from '@bussanten/contracts';
import { apiFieldOf, detailsFromFieldErrors, errorLeaves, fieldErrorsFromDetails } from './field-errors';

const d = (field: string, rule: string, message = `${field} ${rule}`): ApiErrorDetail => ({ field, rule, message });

describe('details ↔ FieldErrors', () => {
  it('puts a dotted path where react-hook-form looks for it, lists as arrays', () => {
    const errors = fieldErrorsFromDetails([d('name', 'required'), d('rooms.1.widthM', 'min')]);
    expect(errors['name']).toEqual({ type: 'required', message: 'name required', types: { required: 'name required' } });
    const rooms = errors['rooms'] as unknown as unknown[];
    expect(Array.isArray(rooms)).toBe(true);
    expect(rooms[0]).toBeUndefined();
    expect(rooms[1]).toEqual({ widthM: expect.objectContaining({ type: 'min' }) });
  });

  it('keeps every rule a field broke, the first as its type', () => {
    const errors = fieldErrorsFromDetails([d('areaKm2', 'isNumber'), d('areaKm2', 'min'), d('areaKm2', 'isNumber', 'again')]);
    expect(errors['areaKm2']).toEqual({ type: 'isNumber', message: 'areaKm2 isNumber', types: { isNumber: 'areaKm2 isNumber', min: 'areaKm2 min' } });
  });

  it("puts a list's own problem at its root when items have problems too, in either order", () => {
    for (const details of [
      [d('rooms', 'arrayMaxSize'), d('rooms.0.name', 'required')],
      [d('rooms.0.name', 'required'), d('rooms', 'arrayMaxSize')],
    ]) {
      const leaves = errorLeaves(fieldErrorsFromDetails(details)).map(([path, leaf]) => `${path}:${leaf.type}`);
      expect(leaves.sort()).toEqual(['rooms.0.name:required', 'rooms.root:arrayMaxSize']);
    }
  });

  it("puts a problem of the whole request at the form's root", () => {
    const errors = fieldErrorsFromDetails([d('', 'maxDepth')]);
    expect(errors.root).toEqual(expect.objectContaining({ type: 'maxDepth' }));
    expect(detailsFromFieldErrors(errors)).toEqual([d('', 'maxDepth')]);
  });

  it.each<[string, ApiErrorDetail[]]>([
    ['nothing', []],
    ['flat fields', [d('name', 'required'), d('reading', 'matches'), d('website', 'isUrl')]],
    ['list items', [d('rooms.0.name', 'required'), d('rooms.0.widthM', 'isNumber'), d('rooms.0.widthM', 'min'), d('rooms.2.depthM', 'max')]],
    ['a list and its items', [d('parties', 'arrayMaxSize'), d('parties.1.municipalityId', 'unique'), d('parties.1.activities.3', 'maxLength')]],
    ['a list alone', [d('parties', 'arrayMinSize')]],
  ])('gives back the same details (%s)', (_name, details) => {
    const back = detailsFromFieldErrors(fieldErrorsFromDetails(details));
    expect([...back].sort(byPath)).toEqual([...details].sort(byPath));
  });

  it('reads what setError left, ref and all', () => {
    const errors = {
      title: { type: 'required', message: 'title is required', ref: undefined },
      parties: Object.assign([], { root: { type: 'arrayMinSize', message: 'm' } }),
    };
    expect(detailsFromFieldErrors(errors)).toEqual([d('title', 'required', 'title is required'), d('parties', 'arrayMinSize', 'm')]);
  });

  it.each([
    ['root', ''],
    ['rooms.root', 'rooms'],
    ['rooms.0.name', 'rooms.0.name'],
  ])('%s is the API field %p', (path, field) => {
    expect(apiFieldOf(path)).toBe(field);
  });
});

const byPath = (a: ApiErrorDetail, b: ApiErrorDetail) => `${a.field} ${a.rule}`.localeCompare(`${b.field} ${b.rule}`);
