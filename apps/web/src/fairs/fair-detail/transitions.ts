import type { FairStatus, FairSummary } from '@bussanten/contracts';
import type { MessageKey } from '../../i18n/dictionaries';
import { visibilityOf, type Visibility } from '../components/fair-format';

/**
 * The button for each status change, named by what it does for the organizer ("申込受付を開始")
 * rather than by the status reached: closed → accepting re-opens, draft → accepting opens.
 */
const LABELS: Record<FairStatus, Partial<Record<FairStatus, MessageKey>>> = {
  draft: { accepting: 'fairs.transition.draft.accepting', archived: 'fairs.transition.draft.archived' },
  accepting: { closed: 'fairs.transition.accepting.closed' },
  closed: { accepting: 'fairs.transition.closed.accepting', archived: 'fairs.transition.closed.archived' },
  archived: {},
};

/** What the confirmation says will happen once the fair is in `to`. */
const BODIES: Record<FairStatus, MessageKey> = {
  draft: 'fairs.transitionBody.draft',
  accepting: 'fairs.transitionBody.accepting',
  closed: 'fairs.transitionBody.closed',
  archived: 'fairs.transitionBody.archived',
};

export function transitionLabelKey(from: FairStatus, to: FairStatus): MessageKey {
  return LABELS[from][to] ?? 'fairs.transition.generic';
}

export function transitionBodyKey(to: FairStatus): MessageKey {
  return BODIES[to];
}

/** What a status change does to the public page: nothing; the confirmation says so in the fair's own terms. */
export function transitionPublicKey(fair: Pick<FairSummary, 'visible' | 'releasedVersion'>): MessageKey {
  return PUBLIC_PAGE[visibilityOf(fair)];
}

const PUBLIC_PAGE: Record<Visibility, MessageKey> = {
  visible: 'fairs.transitionPublic.visible',
  stopped: 'fairs.transitionPublic.stopped',
  never: 'fairs.transitionPublic.never',
};
