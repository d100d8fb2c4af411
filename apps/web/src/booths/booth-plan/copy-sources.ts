import type { FairSummary } from '@bussanten/contracts';

/** Fairs whose plan can be copied into `fair`: the host's earlier fairs, the latest first. */
export function copySources(fairs: readonly FairSummary[], fair: { id: string; firstDay: string }): FairSummary[] {
  return fairs.filter((f) => f.id !== fair.id && f.firstDay < fair.firstDay).sort((a, b) => (a.firstDay < b.firstDay ? 1 : -1));
}
