import type { PublicFair } from '@bussanten/contracts';
import { csvField } from '../booths/booth-list-csv';

const HEADER = ['自治体 / Municipality', '都道府県 / Prefecture', '主催者とのかかわり / Tie to the host', '商品 / Products', 'ブース / Booth', '出展日 / Days'];

/** The public exhibitor list as CSV for Excel (UTF-8 with BOM, CRLF), from the release only. */
export function exhibitorsCsv(fair: PublicFair): string {
  const rows = [
    HEADER,
    ...fair.exhibitors.map((e) => [
      e.name,
      e.prefecture,
      e.tieLabel,
      e.products.map((p) => p.name).join('、'),
      e.booths.map((b) => `${b.code} ${b.from}–${b.to}`).join('、'),
      e.days.join('、'),
    ]),
  ];
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
