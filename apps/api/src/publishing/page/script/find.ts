import { applyFind, MAP_ZOOM, nextZoom, type FindEntry } from '@bussanten/domain';

/**
 * The fair page's own script (served as /f/_/find.<hash>.js, deferred; the CSP allows it and no
 * other): search as you type and the filters over the exhibitors the server has already listed, and
 * zoom for the booth map. Every word it shows comes from the page (the server renders the catalogs'
 * texts); the matching is libs/domain's. Without it the page is the same list, complete.
 */

function setUpFind(): void {
  const form = document.querySelector<HTMLFormElement>('form.find-form');
  if (!form) return;
  const query = form.querySelector<HTMLInputElement>('#find-q');
  const category = form.querySelector<HTMLSelectElement>('#find-cat');
  const area = form.querySelector<HTMLSelectElement>('#find-area');
  const status = form.querySelector<HTMLElement>('#find-count');
  const counts = JSON.parse(form.dataset['counts'] ?? '[]') as string[];
  const cards = [...document.querySelectorAll<HTMLElement>('li.ex[data-find]')];
  const groups = [...document.querySelectorAll<HTMLElement>('div.area')];
  const entries: FindEntry[] = cards.map((c) => ({
    text: c.dataset['find'] ?? '',
    categories: (c.dataset['cat'] ?? '').split(' ').filter(Boolean),
    areas: (c.dataset['area'] ?? '').split(' ').filter(Boolean),
  }));
  let last = '';

  const update = () => {
    const filter = { query: query?.value ?? '', category: category?.value ?? '', area: area?.value ?? '' };
    const key = JSON.stringify(filter);
    if (key === last) return;
    last = key;
    const { shown, count } = applyFind(entries, filter);
    cards.forEach((card, i) => (card.hidden = !shown[i]));
    for (const g of groups) g.hidden = !g.querySelector('li.ex:not([hidden])');
    const everything = !filter.query.trim() && !filter.category && !filter.area;
    if (status) status.textContent = everything ? '' : (counts[count] ?? String(count));
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // A value the browser restored (back button), or typed before the script arrived.
  update();
}

function setUpZoom(): void {
  const pan = document.querySelector<HTMLElement>('#map-pan');
  const svg = pan?.querySelector<SVGSVGElement>('svg.map');
  if (!pan || !svg) return;
  const base = Number(svg.dataset['base']) || svg.getBoundingClientRect().width;
  let scale = 1;

  const zoomTo = (next: number) => {
    if (next === scale) return;
    // Keep the point at the middle of the view where it was.
    const middle = (pan.scrollLeft + pan.clientWidth / 2) / (base * scale);
    const middleY = (pan.scrollTop + pan.clientHeight / 2) / (base * scale);
    scale = next;
    svg.style.minWidth = `${Math.round(base * scale)}px`;
    svg.style.maxWidth = scale > 1 ? 'none' : '';
    pan.scrollLeft = middle * base * scale - pan.clientWidth / 2;
    pan.scrollTop = middleY * base * scale - pan.clientHeight / 2;
  };
  const zoomBy = (factor: number) => zoomTo(nextZoom(scale, factor));

  document.querySelectorAll<HTMLButtonElement>('button[data-zoom]').forEach((button) =>
    button.addEventListener('click', () => {
      const kind = button.dataset['zoom'];
      if (kind === 'reset') zoomTo(MAP_ZOOM.min);
      else zoomBy(kind === 'in' ? MAP_ZOOM.step : 1 / MAP_ZOOM.step);
    }),
  );
  pan.addEventListener('keydown', (e) => {
    const factor = e.key === '+' || e.key === '=' ? MAP_ZOOM.step : e.key === '-' ? 1 / MAP_ZOOM.step : null;
    if (factor) zoomBy(factor);
    else if (e.key === '0') zoomTo(MAP_ZOOM.min);
    else return;
    e.preventDefault();
  });
  // A trackpad's pinch (and ctrl + wheel); a plain wheel scrolls the page as usual.
  pan.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      zoomBy(Math.exp(-e.deltaY / 200));
    },
    { passive: false },
  );
  setUpPinch(pan, () => scale, zoomTo);
}

/** Two fingers on the map zoom it, from the scale the gesture began at; one finger pans it (the browser's own scrolling). */
function setUpPinch(pan: HTMLElement, scaleNow: () => number, zoomTo: (scale: number) => void): void {
  const touches = new Map<number, { x: number; y: number }>();
  let start = { spread: 0, scale: 1 };
  const spread = () => {
    const [a, b] = [...touches.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  pan.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'touch') return;
    touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
    start = { spread: spread(), scale: scaleNow() };
  });
  pan.addEventListener('pointermove', (e) => {
    if (!touches.has(e.pointerId)) return;
    touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const now = spread();
    if (start.spread && now) zoomTo(nextZoom(start.scale, now / start.spread));
  });
  const lift = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    start = { spread: spread(), scale: scaleNow() };
  };
  pan.addEventListener('pointerup', lift);
  pan.addEventListener('pointercancel', lift);
}

setUpFind();
setUpZoom();
