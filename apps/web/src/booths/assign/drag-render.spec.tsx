/**
 * @jest-environment ./tools/jest-jsdom-environment.cjs
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ApplicationSummary, Assignment, Booth, Fair, FloorPlan } from '@bussanten/contracts';
import { I18nProvider } from '../../i18n/i18n';
import { AssignBoard } from './AssignPage';
import { boothClassName } from './booth-look';
import { useProposal } from './useProposal';

// Style sheets are the bundler's business.
jest.mock('../../styles/applications.css', () => ({}));
jest.mock('../plan-view/plan-view.css', () => ({}));

// Each render of a booth asks for its classes once: counting the calls by booth counts its renders.
jest.mock('./booth-look', () => {
  const actual = jest.requireActual('./booth-look');
  return { ...actual, boothClassName: jest.fn(actual.boothClassName) };
});
const classNameCalls = boothClassName as jest.MockedFunction<typeof boothClassName>;

const DAYS = [
  { date: '2031-05-10', opens: '10:00', closes: '18:00' },
  { date: '2031-05-11', opens: '10:00', closes: '18:00' },
];
const NO_NEEDS = { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false };

/** A plan of 40 booths (rows of 10, 3 m each) with power in every other booth. */
const booths: Booth[] = Array.from({ length: 40 }, (_, i) => ({
  id: `b${i}`,
  code: `${String.fromCharCode(65 + Math.floor(i / 10))}${(i % 10) + 1}`,
  x: 1 + (i % 10) * 3,
  y: 1 + Math.floor(i / 10) * 4,
  width: 3,
  depth: 3,
  areaM2: 9,
  prime: 0,
  powerWatts: i % 2 === 0 ? 1500 : 0,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  zone: `${String.fromCharCode(65 + Math.floor(i / 10))}列`,
}));
const plan: FloorPlan = { fairId: 'f', room: { id: 'r', name: 'ホール', widthM: 32, depthM: 18 }, sample: false, booths };
const fair = { id: 'f', title: '試験', titleEn: null, days: DAYS, releasedVersion: null } as unknown as Fair;

function app(id: string, name: string, powerWatts = 0): ApplicationSummary {
  return {
    id,
    fairId: 'f',
    fairTitle: '試験',
    municipality: { id: `m-${id}`, name, prefecture: '岩手県' },
    status: 'accepted',
    days: DAYS.map((d) => d.date),
    needs: { ...NO_NEEDS, powerWatts },
    productNames: [],
    tieLabel: null,
    assignments: [],
    enteredByOrganizer: false,
    submittedAt: '2031-01-01T00:00:00Z',
    updatedAt: '2031-01-01T00:00:00Z',
  };
}
// Ten exhibitors hold booths b0…b9; one (needing 1,000 W) waits to be placed.
const held = Array.from({ length: 10 }, (_, i) => app(`h${i}`, `保持${i}市`));
const waiting = app('w', '待機町', 1000);
const assignments: Assignment[] = held.map((a, i) => ({
  id: `as${i}`,
  applicationId: a.id,
  boothId: `b${i}`,
  boothCode: booths[i]?.code ?? '',
  from: DAYS[0].date,
  to: DAYS[1].date,
  overridden: false,
  pinned: false,
  municipalityName: a.municipality.name,
}));

function Board() {
  const proposal = useProposal('f');
  return (
    <AssignBoard
      fair={fair}
      plan={plan}
      applications={[...held, waiting]}
      assignments={assignments}
      day={DAYS[0].date}
      days={[DAYS[0].date]}
      onDay={() => undefined}
      proposal={proposal}
    />
  );
}

/** Pointer events at a point of the screen: the plan's booth at x = 100 + index. */
const at = (boothIndex: number | null) => ({
  clientX: boothIndex === null ? 10 : 100 + boothIndex,
  clientY: 50,
  pointerId: 1,
  button: 0,
  pointerType: 'mouse',
});

/**
 * What jsdom lacks of the pointer API (it has no layout): pointer events as mouse events with a
 * pointer id, capture as a no-op, and hit-testing by the x of the event (see `at`).
 */
class TestPointerEvent extends MouseEvent {
  readonly pointerId: number;
  readonly pointerType: string;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
    this.pointerType = init.pointerType ?? 'mouse';
  }
}
beforeAll(() => {
  Object.assign(window, { PointerEvent: TestPointerEvent });
  Object.assign(HTMLElement.prototype, { setPointerCapture: () => undefined, releasePointerCapture: () => undefined, hasPointerCapture: () => false });
});

describe('a drag step on the assignment plan', () => {
  let root: Root;
  let card: HTMLElement;
  const booth = (id: string) => document.querySelector(`[data-booth-id="${id}"]`);

  beforeAll(async () => {
    document.elementFromPoint = (x: number) => (x >= 100 ? (booth(`b${x - 100}`)?.querySelector('rect') ?? null) : null);
    const container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container as unknown as HTMLElement);
    await act(async () =>
      root.render(
        <QueryClientProvider client={new QueryClient()}>
          <I18nProvider>
            <Board />
          </I18nProvider>
        </QueryClientProvider>,
      ),
    );
    card = document.querySelector('.place-card') as HTMLElement;
    expect(card).not.toBeNull();
  });
  afterAll(() => act(() => root.unmount()));

  const press = (e: PointerEventInit) => act(() => void card.dispatchEvent(new TestPointerEvent('pointerdown', { ...e, bubbles: true })));
  const move = (e: PointerEventInit) => act(() => void card.dispatchEvent(new TestPointerEvent('pointermove', { ...e, bubbles: true })));

  it('re-renders only the booth it leaves and the booth it enters, and constructs no Intl.NumberFormat', async () => {
    // The drag starts (every booth shows what the card lacks there) and passes b21 (no power: it does
    // not fit) on its way to b20 (power: it fits).
    await press(at(null));
    await move({ ...at(null), clientX: 60 });
    await move(at(21));
    await move(at(20));
    expect(booth('b20')?.getAttribute('class')).toContain('booth--hover-ok');

    // One step: from b20 back onto b21, counting what renders and every Intl.NumberFormat made.
    classNameCalls.mockClear();
    const original = Intl.NumberFormat;
    let constructed = 0;
    Intl.NumberFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        constructed += 1;
        return new target(...args);
      },
      apply(target, _this, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        constructed += 1;
        return target(...args);
      },
    });
    try {
      await move(at(21));
    } finally {
      Intl.NumberFormat = original;
    }
    const rendered = [...new Set(classNameCalls.mock.calls.map(([look]) => look.id))].sort();
    expect(rendered).toEqual(['b20', 'b21']);
    expect(constructed).toBe(0);
    expect(booth('b21')?.getAttribute('class')).toContain('booth--hover-bad');
    expect(booth('b20')?.getAttribute('class')).not.toContain('booth--hover');
    expect(document.querySelector('.drag-status')?.textContent).toMatch(/^C2: 電源が足りません/);
  });

  it('re-renders no booth for a step within the same booth', async () => {
    classNameCalls.mockClear();
    await move({ ...at(21), clientY: 52 });
    expect(classNameCalls).not.toHaveBeenCalled();
  });
});
