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
