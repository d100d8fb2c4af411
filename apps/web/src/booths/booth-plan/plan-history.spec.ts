import type { Booth } from '@bussanten/contracts';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  currentId,
  recorded,
  redoWrite,
  redone,
  shortcutOf,
  summarize,
  undoWrite,
  undone,
  type PlanEdit,
  type PlanHistory,
  type ShortcutKey,
  type ShortcutTarget,
} from './plan-history';

const booth = (id: string, code: string, x: number, y = 0, extra: Partial<Booth> = {}): Booth => ({
  id,
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
  ...extra,
});
const input = (b: Booth) => {
  const { id: _id, areaM2: _area, ...rest } = b;
  return rest;
};

const a1 = booth('id-1', 'A1', 0);
const a1Moved = booth('id-1', 'A1', 4);
const created: PlanEdit = { kind: 'create', booth: a1 };
const moved: PlanEdit = { kind: 'update', before: a1, after: a1Moved };
const deleted: PlanEdit = { kind: 'delete', booth: a1Moved };
const history = (...edits: PlanEdit[]): PlanHistory => edits.reduce(recorded, EMPTY_HISTORY);

describe('the floor plan editor’s undo history', () => {
  it.each<[string, PlanHistory, ReturnType<typeof undoWrite>]>([
    ['nothing to undo', EMPTY_HISTORY, null],
    ['a creation is undone by deleting the booth', history(created), { edit: created, write: { kind: 'delete', boothId: 'id-1' } }],
    ['a move is undone by putting the booth back', history(created, moved), { edit: moved, write: { kind: 'update', boothId: 'id-1', input: input(a1) } }],
    ['a deletion is undone by creating the booth again', history(created, moved, deleted), { edit: deleted, write: { kind: 'create', input: input(a1Moved) } }],
  ])('undo: %s', (_what, h, expected) => {
    expect(undoWrite(h)).toEqual(expected);
  });

  it.each<[string, PlanHistory, ReturnType<typeof redoWrite>]>([
    ['nothing to redo', history(created), null],
    ['a creation is redone by creating it again', undone(history(created), created, null), { edit: created, write: { kind: 'create', input: input(a1) } }],
    [
      'a move is redone by moving it again',
      undone(history(created, moved), moved, null),
      { edit: moved, write: { kind: 'update', boothId: 'id-1', input: input(a1Moved) } },
    ],
    [
      'a deletion is redone by deleting the booth created again',
      undone(history(deleted), deleted, booth('id-2', 'A1', 4)),
      { edit: deleted, write: { kind: 'delete', boothId: 'id-2' } },
    ],
  ])('redo: %s', (_what, h, expected) => {
    expect(redoWrite(h)).toEqual(expected);
  });

  it('maps the ids of booths created again, so older steps reach the booth through any number of undos and redos', () => {
    // Created (id-1), moved, deleted; undoing the deletion brings it back as id-2.
    let h = undone(history(created, moved, deleted), deleted, booth('id-2', 'A1', 4));
    expect(currentId(h, 'id-1')).toBe('id-2');
    expect(undoWrite(h)?.write).toEqual({ kind: 'update', boothId: 'id-2', input: input(a1) });
    h = undone(h, moved, null);
    expect(undoWrite(h)?.write).toEqual({ kind: 'delete', boothId: 'id-2' });
    h = undone(h, created, null);
    // Redoing the creation makes id-3; a move recorded since names id-3, the older steps id-1 and id-2.
    h = redone(h, created, booth('id-3', 'A1', 0));
    expect([currentId(h, 'id-1'), currentId(h, 'id-2'), currentId(h, 'id-3')]).toEqual(['id-3', 'id-3', 'id-3']);
    expect(redoWrite(h)?.write).toEqual({ kind: 'update', boothId: 'id-3', input: input(a1Moved) });
  });

  it('keeps the history as it was when a write is refused: the step stays where it was', () => {
    const h = history(created, moved);
    // The editor calls undone() only when the API took the write; a refusal leaves `h` as it is.
    expect(undoWrite(h)?.edit).toBe(moved);
    expect(undone(h, deleted, null)).toBe(h); // not a step of this history: nothing moves
    expect(redone(h, moved, null)).toBe(h); // not on the redo side
  });

  it('forgets what was undone once a new edit is made, and skips an edit that changed nothing', () => {
    const h = undone(history(created, moved), moved, null);
    expect(h.future).toHaveLength(1);
    const next = recorded(h, { kind: 'update', before: a1, after: booth('id-1', 'A1', 0, 2) });
    expect(next.future).toEqual([]);
    expect(recorded(next, { kind: 'update', before: a1, after: { ...a1 } })).toBe(next);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps (at least 20)`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(20);
    const edits = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i): PlanEdit => ({
      kind: 'update',
      before: booth('id-1', 'A1', i),
      after: booth('id-1', 'A1', i + 1),
    }));
    const h = history(...edits);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(edits[5]);
  });

  it.each<[string, PlanEdit, ReturnType<typeof summarize>]>([
    ['a creation', created, { action: 'create', code: 'A1' }],
    ['a move', moved, { action: 'move', code: 'A1' }],
    ['a resize', { kind: 'update', before: a1, after: { ...a1, width: 3 } }, { action: 'move', code: 'A1' }],
    ['a zone given in the form', { kind: 'update', before: a1, after: { ...a1, zone: '入口側' } }, { action: 'edit', code: 'A1' }],
    ['a new code, named as it is now', { kind: 'update', before: a1, after: { ...a1, code: 'B1' } }, { action: 'edit', code: 'B1' }],
    ['a deletion', deleted, { action: 'delete', code: 'A1' }],
  ])('words %s', (_what, edit, summary) => {
    expect(summarize(edit)).toEqual(summary);
  });
});

describe('the undo and redo shortcuts', () => {
  const key = (k: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  const on = (tagName: string, extra: Partial<ShortcutTarget> = {}): ShortcutTarget => ({ tagName, isContentEditable: false, inDialog: false, ...extra });

  it.each<[string, ShortcutKey, ShortcutTarget | null, 'undo' | 'redo' | null]>([
    ['Ctrl+Z on the plan', key('z', { ctrlKey: true }), on('g'), 'undo'],
    ['Cmd+Z on a button', key('z', { metaKey: true }), on('BUTTON'), 'undo'],
    ['Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), on('BODY'), 'redo'],
    ['Cmd+Shift+Z', key('Z', { metaKey: true, shiftKey: true }), null, 'redo'],
    ['Ctrl+Y', key('y', { ctrlKey: true }), on('BODY'), 'redo'],
    ['Cmd+Y (not a redo on a Mac)', key('y', { metaKey: true }), on('BODY'), null],
    ['Z alone', key('z'), on('BODY'), null],
    ['Ctrl+Alt+Z', key('z', { ctrlKey: true, altKey: true }), on('BODY'), null],
    ['Ctrl+Cmd+Z', key('z', { ctrlKey: true, metaKey: true }), on('BODY'), null],
    ['Ctrl+Z typing in a text field', key('z', { ctrlKey: true }), on('INPUT'), null],
    ['Ctrl+Z in a text area', key('z', { ctrlKey: true }), on('TEXTAREA'), null],
    ['Ctrl+Y on a list', key('y', { ctrlKey: true }), on('SELECT'), null],
    ['Ctrl+Z in editable text', key('z', { ctrlKey: true }), on('DIV', { isContentEditable: true }), null],
    ['Ctrl+Z in a dialog', key('z', { ctrlKey: true }), on('BUTTON', { inDialog: true }), null],
  ])('%s', (_what, k, target, expected) => {
    expect(shortcutOf(k, target)).toBe(expected);
  });
});
