import type { Booth, BoothInput } from '@bussanten/contracts';
import { toBoothInput } from './plan-geometry';

/**
 * Undo and redo of the floor-plan editor's edits, as pure functions over a history value: the
 * editor keeps the value, asks for the write that undoes (or redoes) the last step, sends it to the
 * API like any edit, and moves the step across only when the API took it. A refused write changes
 * nothing here, so the history always says what the plan went through.
 *
 * A deleted booth cannot come back under its id: undoing the deletion creates it anew. `ids` maps
 * each id that is gone to the one that replaced it, so older steps naming the old id reach the booth.
 */

/** At least 20 steps are kept; the oldest are forgotten past this. */
export const HISTORY_LIMIT = 50;

/** One edit of the plan, with the booth as it was before and after (as the API answered). */
export type PlanEdit =
  | { kind: 'create'; booth: Booth }
  /** A move, a resize, or a save through the booth's form. */
  | { kind: 'update'; before: Booth; after: Booth }
  | { kind: 'delete'; booth: Booth };

export interface PlanHistory {
  /** Steps that can be undone, oldest first. */
  past: readonly PlanEdit[];
  /** Steps that were undone and can be redone, the next to redo last. */
  future: readonly PlanEdit[];
  /** Booth ids gone → the id of the booth that replaced them (created again by an undo or a redo). */
  ids: Readonly<Record<string, string>>;
}

export const EMPTY_HISTORY: PlanHistory = { past: [], future: [], ids: {} };

/** The API write that undoes or redoes a step. */
export type PlanWrite = { kind: 'create'; input: BoothInput } | { kind: 'update'; boothId: string; input: BoothInput } | { kind: 'delete'; boothId: string };

/** A step as the editor words it: what was done, to which booth. */
export interface StepSummary {
  action: 'create' | 'move' | 'edit' | 'delete';
  code: string;
}

const sameInput = (a: BoothInput, b: BoothInput): boolean => JSON.stringify(toBoothInput(a)) === JSON.stringify(toBoothInput(b));

/** The booth's id now: `id`, or what replaced it when it was created again. */
export function currentId(history: PlanHistory, id: string): string {
  let at = id;
  // Each replacement is a new id from the API, so the chain ends; the bound only guards against a bad map.
  for (let i = 0; i < 1000 && history.ids[at] !== undefined; i += 1) at = history.ids[at] as string;
  return at;
}

/** The history with `edit` done: the next step to undo, and nothing left to redo. An update changing nothing is no step. */
export function recorded(history: PlanHistory, edit: PlanEdit): PlanHistory {
  if (edit.kind === 'update' && sameInput(edit.before, edit.after)) return history;
  return { ...history, past: [...history.past, edit].slice(-HISTORY_LIMIT), future: [] };
}

/** The id a step names its booth by. */
const boothIdOf = (edit: PlanEdit): string => (edit.kind === 'update' ? edit.after.id : edit.booth.id);

/** The write that takes `edit` back. */
function inverse(history: PlanHistory, edit: PlanEdit): PlanWrite {
  const id = currentId(history, boothIdOf(edit));
  if (edit.kind === 'create') return { kind: 'delete', boothId: id };
  if (edit.kind === 'delete') return { kind: 'create', input: toBoothInput(edit.booth) };
  return { kind: 'update', boothId: id, input: toBoothInput(edit.before) };
}

/** The write that does `edit` again. */
function again(history: PlanHistory, edit: PlanEdit): PlanWrite {
  const id = currentId(history, boothIdOf(edit));
  if (edit.kind === 'create') return { kind: 'create', input: toBoothInput(edit.booth) };
  if (edit.kind === 'delete') return { kind: 'delete', boothId: id };
  return { kind: 'update', boothId: id, input: toBoothInput(edit.after) };
}

/** The step Undo would take back and the write that does it, or null when there is nothing to undo. */
export function undoWrite(history: PlanHistory): { edit: PlanEdit; write: PlanWrite } | null {
  const edit = history.past[history.past.length - 1];
  return edit ? { edit, write: inverse(history, edit) } : null;
}

/** The step Redo would do again and the write that does it, or null when there is nothing to redo. */
export function redoWrite(history: PlanHistory): { edit: PlanEdit; write: PlanWrite } | null {
  const edit = history.future[history.future.length - 1];
  return edit ? { edit, write: again(history, edit) } : null;
}

/** `ids` with the booth of `edit` now `created` (the answer to a create), if the write created one. */
function withReplacement(history: PlanHistory, edit: PlanEdit, created: Booth | null): PlanHistory['ids'] {
  if (!created) return history.ids;
  const gone = currentId(history, boothIdOf(edit));
  return gone === created.id ? history.ids : { ...history.ids, [gone]: created.id };
}

/** The API took the undo of `edit` (`created`: the booth it created again, if it did): the step moves to the redo side. */
export function undone(history: PlanHistory, edit: PlanEdit, created: Booth | null): PlanHistory {
  if (!history.past.includes(edit)) return history;
  return { past: history.past.filter((e) => e !== edit), future: [...history.future, edit], ids: withReplacement(history, edit, created) };
}

/** The API took the redo of `edit`: the step is the next to undo again. */
export function redone(history: PlanHistory, edit: PlanEdit, created: Booth | null): PlanHistory {
  if (!history.future.includes(edit)) return history;
  return {
    past: [...history.past, edit].slice(-HISTORY_LIMIT),
    future: history.future.filter((e) => e !== edit),
    ids: withReplacement(history, edit, created),
  };
}

/** Everything of a booth but its rectangle, comparable as text. */
function notTheRect(b: BoothInput): string {
  const { x: _x, y: _y, width: _w, depth: _d, ...rest } = toBoothInput(b);
  return JSON.stringify(rest);
}

/** What a step did, for the buttons and the messages: a change of place or size only is a move. */
export function summarize(edit: PlanEdit): StepSummary {
  if (edit.kind === 'create') return { action: 'create', code: edit.booth.code };
  if (edit.kind === 'delete') return { action: 'delete', code: edit.booth.code };
  return { action: notTheRect(edit.before) === notTheRect(edit.after) ? 'move' : 'edit', code: edit.after.code };
}

/** The key event's parts the shortcuts look at. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Where the key was pressed: typing in a field (or a dialog being open over the plan) keeps the browser's own Undo. */
export interface ShortcutTarget {
  tagName: string;
  isContentEditable: boolean;
  inDialog: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo; null for any other key, and for any key typed into a field. */
export function shortcutOf(key: ShortcutKey, target: ShortcutTarget | null): 'undo' | 'redo' | null {
  if (target && (TYPING_TAGS.has(target.tagName.toUpperCase()) || target.isContentEditable || target.inDialog)) return null;
  if (key.altKey || key.ctrlKey === key.metaKey) return null; // neither, or both at once
  const letter = key.key.toLowerCase();
  if (letter === 'z') return key.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && key.ctrlKey && !key.shiftKey) return 'redo';
  return null;
}
