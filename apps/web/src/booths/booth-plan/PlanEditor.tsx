import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useIsMutating } from '@tanstack/react-query';
import { metaOf, type ApiErrorDetail, type Booth, type Fair, type FloorPlan } from '@bussanten/contracts';
import { areaOf, type Rect } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { BoothForm } from './BoothForm';
import { BoothTable } from './BoothTable';
import { CopyPlan } from './CopyPlan';
import { FloorPlanSvg, editorViewBox } from './FloorPlanSvg';
import { PlanSearch } from '../plan-view/PlanSearch';
import { PlanViewport, type PlanViewportHandle } from '../plan-view/PlanViewport';
import type { PlanMatch } from '../plan-view/plan-search';
import { DEFAULT_BOOTH_SIZE, newBoothValues, suggestCode, valuesFromBooth, type BoothFormValues } from './booth-form-model';
import { boothsOutside, findFreeSpot, placementProblems, problemText, refusalText, roundM, typicalCodeSizeM } from './plan-geometry';
import { EMPTY_HISTORY, recorded, redoWrite, redone, shortcutOf, summarize, undoWrite, undone, type PlanEdit, type PlanHistory } from './plan-history';
import { boothMutationKeys, useDeleteBooth, useMoveBooth, usePlanStep } from '../queries';

type FormState = { booth: Booth | null; initial: BoothFormValues; key: number } | null;
type Message = { text: string; tone: 'ok' | 'bad' } | null;

/** The holders named by a 409 BOOTH_IN_USE (details[].meta.holders[].municipalityName), if any. */
function holdersOf(error: unknown): string[] {
  if (!isApiError(error) || error.body?.code !== 'BOOTH_IN_USE') return [];
  const names: string[] = [];
  for (const d of error.body.details) {
    for (const { municipalityName } of metaOf(d, 'boothInUse')?.holders ?? []) {
      if (!names.includes(municipalityName)) names.push(municipalityName);
    }
  }
  return names;
}

const MESSAGE_ID = 'plan-message';

/** The gap between a booth and the message about it, in CSS pixels. */
const GAP_PX = 8;

/**
 * Puts the message next to the booth it is about (under it, or over it when under would leave the
 * window), inside the plan's width; it stays the same live region, only placed there.
 */
function placeBeside(message: HTMLElement, stage: HTMLElement, boothId: string): void {
  const body = stage.querySelector(`[data-booth-id="${CSS.escape(boothId)}"] .plan__booth-body`);
  if (!body) return;
  const booth = body.getBoundingClientRect();
  const frame = stage.getBoundingClientRect();
  const width = Math.min(message.offsetWidth, frame.width);
  const height = message.offsetHeight;
  const left = Math.min(Math.max(0, booth.left + booth.width / 2 - width / 2 - frame.left), frame.width - width);
  const fitsBelow = booth.bottom + GAP_PX + height <= window.innerHeight;
  const top = fitsBelow || booth.top - GAP_PX - height < 0 ? booth.bottom + GAP_PX - frame.top : booth.top - GAP_PX - height - frame.top;
  message.style.left = `${left}px`;
  message.style.top = `${top}px`;
  const placed = message.getBoundingClientRect();
  if (placed.top < 0 || placed.bottom > window.innerHeight) message.scrollIntoView({ block: 'nearest' });
}

/** Where a key press comes from, for the shortcuts: a field being typed in keeps the browser's own Undo. */
function shortcutTarget(target: EventTarget | null) {
  if (!(target instanceof Element)) return null;
  return {
    tagName: target.tagName,
    isContentEditable: target instanceof HTMLElement && target.isContentEditable,
    inDialog: target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null,
  };
}

/**
 * The floor-plan editor: the drawing, one live message line, the booth form, the table and the copy
 * section, all over the fair's plan as the query cache has it (this component keeps no copy). Moves
 * are drawn at once and saved one after another, so quick arrow presses reach the API in the order
 * they were made; a refused save puts the booth back where it was and says why, and the booth is
 * described by that message, shown beside it, until the next change. Every create, move, edit and
 * delete is a step of the history: Undo and Redo (buttons, Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y)
 * write the step back or again through the API, and a refusal leaves the history as it was.
 */
export function PlanEditor({ fair, plan }: { fair: Fair; plan: FloorPlan }) {
  const { t, lang } = useI18n();
  const booths = plan.booths;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [message, setMessage] = useState<Message>(null);
  /** The booth a refused move put back: the message is about it. */
  const [refusedId, setRefusedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Booth | null>(null);
  const [history, setHistory] = useState<PlanHistory>(EMPTY_HISTORY);
  const record = (edit: PlanEdit) => setHistory((h) => recorded(h, edit));
  const stageRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const room = plan.room;
  const outside = boothsOutside(room, booths);

  const focusBoothNow = (id: string, preventScroll = true) =>
    document.querySelector<SVGGElement>(`[data-booth-id="${CSS.escape(id)}"]`)?.focus({ preventScroll });
  const focusBooth = (id: string) => requestAnimationFrame(() => focusBoothNow(id, false));
  const texts = (problems: ApiErrorDetail[]) => problems.map((p) => problemText(p, lang)).join(t('plan.aria.separator'));
  const say = (next: Message, refused: string | null = null) => {
    setMessage(next);
    setRefusedId(refused);
  };

  const move = useMoveBooth(fair.id, {
    onSaved: (result, before) => {
      if (before) record({ kind: 'update', before, after: result });
      say({
        tone: 'ok',
        text: t('plan.saved', { code: result.code, x: roundM(result.x), y: roundM(result.y), width: roundM(result.width), depth: roundM(result.depth) }),
      });
    },
    onRefused: (booth, e) => say({ tone: 'bad', text: t('plan.saveFailed', { code: booth.code, reason: refusalText(e, lang) }) }, booth.id),
  });
  const remove = useDeleteBooth(fair.id);
  const step = usePlanStep(fair.id);
  const moving = useIsMutating({ mutationKey: boothMutationKeys.moveBooth(fair.id) }) > 0;
  const stepping = step.isPending || moving;
  const nextUndo = undoWrite(history);
  const nextRedo = redoWrite(history);
  const stepText = (edit: PlanEdit) => t('plan.history.step', { ...summarize(edit) });

  /** Undo (or redo) the last step through the API; the history changes only when the API took it. */
  const runStep = (direction: 'undo' | 'redo') => {
    const next = direction === 'undo' ? nextUndo : nextRedo;
    if (!next || stepping) return;
    const what = stepText(next.edit);
    step.mutate(next.write, {
      onSuccess: (saved) => {
        const created = next.write.kind === 'create' ? saved : null;
        setHistory((h) => (direction === 'undo' ? undone(h, next.edit, created) : redone(h, next.edit, created)));
        if (saved) setSelectedId(saved.id);
        // The form open on the booth this step changed would save over it: closed.
        if (form?.booth && next.write.kind !== 'create' && form.booth.id === next.write.boothId) setForm(null);
        say({ tone: 'ok', text: t(direction === 'undo' ? 'plan.history.undone' : 'plan.history.redone', { step: what }) });
      },
      onError: (e) => {
        const reason = refusalText(e, lang);
        const id = next.write.kind === 'create' ? null : next.write.boothId;
        say({ tone: 'bad', text: t(direction === 'undo' ? 'plan.history.undoFailed' : 'plan.history.redoFailed', { step: what, reason }) }, id);
      },
    });
  };

  // The shortcuts work anywhere on the page but in a field (its own Undo) or a dialog.
  const onShortcut = useEffectEvent((e: globalThis.KeyboardEvent) => {
    const action = shortcutOf(e, shortcutTarget(e.target));
    if (!action) return;
    e.preventDefault();
    runStep(action);
  });
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => onShortcut(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A refusal about a booth on the plan is shown beside it (the same live region, placed there).
  const besideId = message?.tone === 'bad' && refusedId && booths.some((b) => b.id === refusedId) ? refusedId : null;
  useLayoutEffect(() => {
    const el = messageRef.current;
    const stage = stageRef.current;
    if (!el || !stage) return;
    if (!besideId) {
      el.style.left = '';
      el.style.top = '';
      return;
    }
    const place = () => placeBeside(el, stage, besideId);
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [besideId, message, booths]);

  /** A drag or a key asks to put `booth` at `rect`: refused here when the plan already shows why, else saved. */
  const place = (booth: Booth, rect: Rect): boolean => {
    const problems = placementProblems(rect, room, booths, booth.id);
    if (problems.length) {
      // The drawing already went back (or never moved); say why, and save nothing.
      say({ tone: 'bad', text: t('plan.refused', { code: booth.code, problems: texts(problems) }) }, booth.id);
      return false;
    }
    say({ tone: 'ok', text: t('plan.saving', { code: booth.code }) });
    move.mutate({ ...booth, ...rect, areaM2: areaOf(rect) });
    return true;
  };

  const openFormNow = (booth: Booth | null) => {
    say(null);
    if (booth) setSelectedId(booth.id);
    const initial = booth ? valuesFromBooth(booth) : newBoothValues(findFreeSpot(room, booths, DEFAULT_BOOTH_SIZE), suggestCode(booths));
    setForm((f) => ({ booth, initial, key: (f?.key ?? 0) + 1 }));
  };
  // The same function on every render, so the 320-row table is not drawn again while a booth is dragged.
  const openFormRef = useRef(openFormNow);
  useLayoutEffect(() => {
    openFormRef.current = openFormNow;
  });
  const openForm = useCallback((booth: Booth | null) => openFormRef.current(booth), []);

  // The plan's view: zoom and pan, and the search that brings a booth into view and focuses it.
  const viewRef = useRef<PlanViewportHandle>(null);
  const content = useMemo(() => editorViewBox(room, booths), [room, booths]);
  const codeSize = useMemo(() => typicalCodeSizeM(booths), [booths]);
  const findBooth = (m: PlanMatch) => {
    if (m.kind === 'zone') {
      viewRef.current?.focusOn(m.rect, codeSize);
      return;
    }
    const booth = m.kind === 'booth' ? booths.find((b) => b.id === m.boothId) : null;
    if (!booth) return;
    setSelectedId(booth.id);
    viewRef.current?.focusOn({ x: booth.x, y: booth.y, width: booth.width, height: booth.depth }, codeSize);
    requestAnimationFrame(() => requestAnimationFrame(() => focusBoothNow(booth.id)));
  };

  /** The form saved the booth (and updated the cache itself): close it and say so. */
  const formSaved = (booth: Booth, before: Booth | null) => {
    const isNew = before === null;
    record(isNew ? { kind: 'create', booth } : { kind: 'update', before, after: booth });
    setForm(null);
    setSelectedId(booth.id);
    say({ tone: 'ok', text: t(isNew ? 'plan.created' : 'plan.updated', { code: booth.code }) });
    focusBooth(booth.id);
  };

  const confirmDelete = (booth: Booth) =>
    remove.mutate(booth, {
      onSuccess: () => {
        record({ kind: 'delete', booth });
        if (form?.booth?.id === booth.id) setForm(null);
        say({ tone: 'ok', text: t('plan.deleted', { code: booth.code }) });
      },
      onError: (e) => {
        const holders = holdersOf(e);
        say({ tone: 'bad', text: holders.length ? t('plan.inUse', { code: booth.code, holders: holders.join('、') }) : describeError(e, lang).message });
      },
      onSettled: () => setDeleting(null),
    });

  return (
    <>
      <p id="plan-instructions" className="hint">
        {t('plan.instructions')}
      </p>

      {booths.length === 0 && <p className="empty">{t('plan.empty')}</p>}
      {outside.length > 0 && (
        <div className="note" role="note">
          <p>{t('plan.outsideRoom', { codes: outside.map((b) => b.code).join(t('plan.aria.separator')) })}</p>
        </div>
      )}
      <div className="plan-history actions" role="group" aria-label={t('plan.history.label')}>
        <button
          type="button"
          onClick={() => runStep('undo')}
          // aria-disabled, not disabled: the button keeps the keyboard focus when the last step is undone.
          aria-disabled={!nextUndo || stepping || undefined}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={nextUndo ? t('plan.history.undoTitle', { step: stepText(nextUndo.edit) }) : undefined}
        >
          {t('plan.history.undo')}
        </button>
        <button
          type="button"
          onClick={() => runStep('redo')}
          aria-disabled={!nextRedo || stepping || undefined}
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
          title={nextRedo ? t('plan.history.redoTitle', { step: stepText(nextRedo.edit) }) : undefined}
        >
          {t('plan.history.redo')}
        </button>
      </div>
      {booths.length > 0 && <PlanSearch id="plan-search" booths={booths} onChoose={findBooth} />}
      <div className="plan-stage" ref={stageRef}>
        <div className="plan plan--zoomable">
          <PlanViewport
            content={content}
            label={t('plan.svgLabel', { room: room.name, width: room.widthM, depth: room.depthM })}
            textM={codeSize}
            canPanFrom={(el) => !el.closest('[data-booth-id]')}
            handle={viewRef}
          >
            {(scale) => (
              <FloorPlanSvg
                room={room}
                booths={booths}
                selectedId={selectedId}
                instructionsId="plan-instructions"
                refused={refusedId ? { boothId: refusedId, messageId: MESSAGE_ID } : null}
                onSelect={setSelectedId}
                onPlace={place}
                onDragProblems={(booth, problems) =>
                  say(
                    problems === null
                      ? null
                      : problems.length
                        ? { tone: 'bad', text: t('plan.dragProblems', { code: booth.code, problems: texts(problems) }) }
                        : { tone: 'ok', text: t('plan.dragOk', { code: booth.code }) },
                  )
                }
                onOpen={(id) => openForm(booths.find((b) => b.id === id) ?? null)}
                scale={scale}
              />
            )}
          </PlanViewport>
        </div>
        {/* Below the drawing, not above: a message that changes length mid-drag must not move the plan under the pointer. */}
        <p
          id={MESSAGE_ID}
          ref={messageRef}
          className={`plan-problems${message?.tone === 'bad' ? ' plan-problems--bad' : ''}${besideId ? ' plan-problems--beside' : ''}`}
          role="status"
          aria-live="polite"
        >
          {message?.text ?? ''}
        </p>
        {/* Holds the line's place while the message is beside the booth, so nothing under the plan moves. */}
        {besideId && <div className="plan-problems" aria-hidden="true" />}
      </div>

      <div className="actions">
        <button type="button" className="button--primary" onClick={() => openForm(null)}>
          {t('plan.add')}
        </button>
      </div>

      {form && (
        <BoothForm
          key={form.key}
          fairId={fair.id}
          room={room}
          booths={booths}
          booth={form.booth}
          initial={form.initial}
          onSaved={(booth) => formSaved(booth, form.booth)}
          onCancel={() => {
            const id = form.booth?.id;
            setForm(null);
            if (id) focusBooth(id);
          }}
        />
      )}

      <section aria-labelledby="booths-heading">
        <h2 id="booths-heading">{t('plan.table.heading', { n: booths.length })}</h2>
        {booths.length === 0 ? <p className="muted">{t('plan.table.empty')}</p> : <BoothTable booths={booths} onEdit={openForm} onDelete={setDeleting} />}
      </section>

      <CopyPlan fair={fair} boothCount={booths.length} onCopied={(n, from) => say({ tone: 'ok', text: t('plan.copy.done', { n, from }) })} />

      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? t('plan.deleteTitle', { code: deleting.code }) : ''}
        confirmLabel={t('delete.confirm')}
        busyLabel={t('common.deleting')}
        busy={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('plan.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
