import type { Assignment, Booth, FloorPlan } from '@bussanten/contracts';
import {
  isProvisional,
  provisionalAssignment,
  restoreBooth,
  staleAfterBoothSave,
  withAssignment,
  withBooth,
  withoutAssignment,
  withoutBooth,
} from './cache-model';

const booth = (code: string, x: number, y = 0): Booth => ({
  id: code,
  code,
  x,
  y,
  width: 2,
  depth: 2,
  areaM2: 4,
  prime: 0,
  powerWatts: 0,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  zone: null,
});
const plan = (...booths: Booth[]): FloorPlan => ({ fairId: 'f', room: { id: 'r', name: 'Hall', widthM: 10, depthM: 6 }, sample: false, booths });
const at = (p: FloorPlan) => p.booths.map((b) => `${b.code}@${b.x},${b.y}`);

describe('the floor plan in the cache', () => {
  it('draws a moved booth where it went, and a new one at the end, leaving the cached plan as it was', () => {
    const before = plan(booth('A1', 0), booth('A2', 4));
    expect(at(withBooth(before, booth('A1', 6, 2)))).toEqual(['A1@6,2', 'A2@4,0']);
    expect(at(withBooth(before, booth('A3', 8)))).toEqual(['A1@0,0', 'A2@4,0', 'A3@8,0']);
    expect(at(withoutBooth(before, 'A2'))).toEqual(['A1@0,0']);
    expect(at(before)).toEqual(['A1@0,0', 'A2@4,0']);
  });

  it('puts back only the refused booth, as the snapshot had it; other moves since stay', () => {
    const snapshot = plan(booth('A1', 0), booth('A2', 4));
    // A1 was dragged to 6 (refused later); meanwhile A2 went to 8.
    const now = plan(booth('A1', 6), booth('A2', 8));
    expect(at(restoreBooth(now, snapshot, 'A1'))).toEqual(['A1@0,0', 'A2@8,0']);
    // A booth the snapshot did not have (drawn optimistically) goes.
    expect(at(restoreBooth(plan(booth('A1', 0), booth('N', 3)), snapshot, 'N'))).toEqual(['A1@0,0']);
  });

  it('makes assignments and appearances stale only when a booth gets another code', () => {
    expect(staleAfterBoothSave(booth('A1', 0), booth('A1', 4))).toEqual({ applications: false, appearances: false });
    expect(staleAfterBoothSave(booth('A1', 0), booth('B1', 0))).toEqual({ applications: true, appearances: true });
    expect(staleAfterBoothSave(null, booth('A1', 0))).toEqual({ applications: false, appearances: false });
  });
});

describe('the assignments in the cache', () => {
  const app = { id: 'app-1', municipality: { name: '宮古市' } };
  const held = (id: string, applicationId: string): Assignment => ({
    id,
    applicationId,
    boothId: 'b2',
    boothCode: 'A2',
    from: '2027-02-19',
    to: '2027-02-19',
    overridden: false,
    pinned: false,
    municipalityName: 'ほか',
  });

  it('draws a drop as a provisional holding, replaced by the saved one or taken back', () => {
    const provisional = provisionalAssignment(app, { boothId: 'b1', from: '2027-02-19', to: '2027-02-20', override: true }, 'A1');
    expect(provisional).toMatchObject({
      applicationId: 'app-1',
      boothId: 'b1',
      boothCode: 'A1',
      from: '2027-02-19',
      to: '2027-02-20',
      overridden: true,
      pinned: false,
      municipalityName: '宮古市',
    });
    expect(isProvisional(provisional)).toBe(true);
    expect(isProvisional(held('a-9', 'x'))).toBe(false);

    const list = withAssignment([held('a-1', 'other')], provisional);
    expect(list.map((a) => a.id)).toEqual(['a-1', provisional.id]);
    const saved = { ...provisional, id: 'a-2' };
    expect(withAssignment(list, saved, provisional.id).map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(withoutAssignment(list, provisional.id).map((a) => a.id)).toEqual(['a-1']);
  });
});
