import type { Assignment, Booth } from '@bussanten/contracts';

const BOM = '\uFEFF';
const HEADER = [
  'ブース / Booth',
  '区画 / Zone',
  '幅(m) / Width',
  '奥行(m) / Depth',
  '面積(m²) / Area',
  '電源(W) / Power',
  '冷蔵 / Fridge',
  '冷凍 / Freezer',
  '水道 / Water',
  '調理 / Cooking',
  '出展自治体 / Exhibitor',
  '初日 / From',
  '最終日 / To',
  '設備不足で配置 / Override',
];

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused so Excel does not run it as a formula. */
export function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : typeof value === 'boolean' ? (value ? '○' : '') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A row per booth and holder (a booth with no holder gets one row with empty holder columns), CRLF line ends as Excel expects. */
export function boothListCsv(booths: Booth[], assignments: Assignment[]): string {
  const rows: (string | number | boolean | null)[][] = [HEADER];
  for (const b of booths) {
    const base = [b.code, b.zone ?? null, b.width, b.depth, b.areaM2, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed];
    const held = assignments.filter((a) => a.boothId === b.id);
    if (!held.length) rows.push([...base, null, null, null, null]);
    for (const a of held) rows.push([...base, a.municipalityName, a.from, a.to, a.overridden]);
  }
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
