import type { AcceptProposalInput, Assignment, AssignmentProposal, ProposalRequest } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** The automatic booth-assignment proposal of a fair (organizers only). */
export const proposalsApi = {
  /** Computes a proposal; nothing is saved. */
  propose: (fairId: string, body: ProposalRequest = {}, o: Signal = {}) =>
    request<AssignmentProposal>('POST', `/fairs/${id(fairId)}/assignment-proposal`, { body, signal: o.signal }),
  /** Applies the chosen changes all together (or none); answers with the fair's assignments after. */
  accept: (fairId: string, body: AcceptProposalInput) => request<Assignment[]>('POST', `/fairs/${id(fairId)}/assignment-proposal/accept`, { body }),
  /**
   * The fair as a booth-assignment problem (libs/domain booth-assignment/types.ts), for
   * `npm run assign`. Fetched rather than linked, so a failure can be told on the page.
   */
  instance: (fairId: string, o: Signal = {}) => request<unknown>('GET', `/fairs/${id(fairId)}/assignment-instance`, { signal: o.signal }),
};
