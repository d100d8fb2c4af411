import type { AgreementKind } from '@bussanten/contracts';

/** How a press release names each kind of agreement; exchange and other agreements go by their own title. */
const SHORT: Partial<Record<AgreementKind, string>> = {
  disaster_aid: '災害協定',
  comprehensive: '連携協定',
  cooperation: '連携協定',
};

/**
 * The public "tie to the host" label proposed from the registry, in the press release's style:
 * 水と緑のふれあい交流協定、災害協定. Exchange agreements first (the oldest ties), duplicates once.
 * Null when the registry knows no agreement; the organizer edits the proposal either way.
 */
export function proposeTieLabel(agreements: { kind: AgreementKind; title: string }[]): string | null {
  const order: AgreementKind[] = ['exchange', 'comprehensive', 'cooperation', 'disaster_aid', 'other'];
  const labels = [...agreements]
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((a) => SHORT[a.kind] ?? a.title.trim())
    .filter((label, i, all) => label && all.indexOf(label) === i);
  return labels.length ? labels.join('、') : null;
}

/**
 * The public ties of an exhibitor, each with the registry's explanation and an English name where
 * one applies: the label is split at '、' and each part matched to what the registry knows — an
 * agreement's short label or title ('災害協定', also '災害協定(龍馬)'), or a programme's name. Parts
 * the registry does not know (商店街イベント(目黒のさんま祭り)) keep neither.
 *
 * The English name of an agreement is its kind's ("Disaster mutual-aid agreement"): agreements have
 * no English title, and "Other" would tell an English reader nothing, so that kind gives none.
 */
export function tiesOf(
  tieLabel: string | null,
  agreements: { kind: AgreementKind; kindLabelEn: string; title: string; explanation: string | null }[],
  programmes: { name: string; nameEn: string | null; explanation: string | null }[],
): { label: string; labelEn: string | null; explanation: string | null }[] {
  if (!tieLabel) return [];
  const known = [
    ...agreements.map((a) => ({
      names: [SHORT[a.kind], a.title].filter((n): n is string => !!n),
      nameEn: a.kind === 'other' ? null : a.kindLabelEn,
      explanation: a.explanation,
    })),
    ...programmes.map((p) => ({ names: [p.name], nameEn: p.nameEn, explanation: p.explanation })),
  ];
  return tieLabel
    .split('、')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((label) => {
      const match = known.find((k) => k.names.some((n) => label === n || label.startsWith(`${n}(`)));
      return { label, labelEn: match?.nameEn ?? null, explanation: match?.explanation ?? null };
    });
}
