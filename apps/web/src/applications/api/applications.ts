import type {
  Application,
  ApplicationDraftInput,
  ApplicationEvent,
  ApplicationFilter,
  ApplicationInput,
  ApplicationSummary,
  Assignment,
  AssignmentInput,
  BulkDecisionInput,
  DecisionInput,
  EntryCandidate,
  ExhibitorGuide,
  FairForApplicants,
  PinInput,
  PreviousApplicationAnswer,
} from '@bussanten/contracts';
import { API_PREFIX, request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** A representative's side: fairs open to their municipality and their own applications. */
export const myApplicationsApi = {
  listFairs: (o: Signal = {}) => request<FairForApplicants[]>('GET', '/my/fairs', { signal: o.signal }),
  getFair: (fairId: string, o: Signal = {}) => request<FairForApplicants>('GET', `/my/fairs/${id(fairId)}`, { signal: o.signal }),
  apply: (fairId: string, body: ApplicationInput) => request<Application>('POST', `/my/fairs/${id(fairId)}/application`, { body }),
  list: (o: Signal = {}) => request<ApplicationSummary[]>('GET', '/my/applications', { signal: o.signal }),
  get: (applicationId: string, o: Signal = {}) => request<Application>('GET', `/my/applications/${id(applicationId)}`, { signal: o.signal }),
  update: (applicationId: string, body: ApplicationInput) => request<Application>('PUT', `/my/applications/${id(applicationId)}`, { body }),
  withdraw: (applicationId: string) => request<Application>('POST', `/my/applications/${id(applicationId)}/withdraw`),
  /** Saves the form incomplete: only the municipality sees it until it is sent with `apply`. */
  saveDraft: (fairId: string, body: ApplicationDraftInput) => request<Application>('PUT', `/my/fairs/${id(fairId)}/application/draft`, { body }),
  /** The municipality's latest earlier application with this host, to copy from. */
  previous: (fairId: string, o: Signal = {}) => request<PreviousApplicationAnswer>('GET', `/my/fairs/${id(fairId)}/previous-application`, { signal: o.signal }),
  guide: (applicationId: string, o: Signal = {}) => request<ExhibitorGuide>('GET', `/my/applications/${id(applicationId)}/guide`, { signal: o.signal }),
  /** The accepted application's days at its booth as an .ics file (a link: the browser downloads it with the session cookie). */
  calendarUrl: (applicationId: string) => `${API_PREFIX}/my/applications/${id(applicationId)}/calendar.ics`,
};

/** The organizers' review and booth assignment. */
export const reviewApi = {
  list: (fairId: string, filter: ApplicationFilter, o: Signal = {}) =>
    request<ApplicationSummary[]>('GET', `/fairs/${id(fairId)}/applications`, {
      query: { ...filter, unassigned: filter.unassigned ? 'true' : undefined },
      signal: o.signal,
    }),
  get: (applicationId: string, o: Signal = {}) => request<Application>('GET', `/applications/${id(applicationId)}`, { signal: o.signal }),
  history: (applicationId: string, o: Signal = {}) => request<ApplicationEvent[]>('GET', `/applications/${id(applicationId)}/history`, { signal: o.signal }),
  decide: (applicationId: string, body: DecisionInput) => request<Application>('POST', `/applications/${id(applicationId)}/decision`, { body }),
  decideMany: (fairId: string, body: BulkDecisionInput) => request<ApplicationSummary[]>('POST', `/fairs/${id(fairId)}/applications/decisions`, { body }),
  setTieLabel: (applicationId: string, tieLabel: string | null) =>
    request<Application>('PUT', `/applications/${id(applicationId)}/tie`, { body: { tieLabel } }),
  /** Municipalities to enter an application for: by search text, or (q '') the host's partners and earlier exhibitors. */
  entryCandidates: (fairId: string, q: string, o: Signal = {}) =>
    request<EntryCandidate[]>('GET', `/fairs/${id(fairId)}/entry-candidates`, { query: { q: q || undefined }, signal: o.signal }),
  /** An organizer enters a municipality's application (paper, fax): the representative's body and rules. */
  enter: (fairId: string, municipalityId: string, body: ApplicationInput) =>
    request<Application>('POST', `/fairs/${id(fairId)}/municipalities/${id(municipalityId)}/application`, { body }),
  /** Changes an application the organizer entered, while it is not decided. */
  editEntered: (applicationId: string, body: ApplicationInput) => request<Application>('PUT', `/applications/${id(applicationId)}/entry`, { body }),

  assignments: (fairId: string, o: Signal = {}) => request<Assignment[]>('GET', `/fairs/${id(fairId)}/assignments`, { signal: o.signal }),
  assign: (applicationId: string, body: AssignmentInput) => request<Assignment>('POST', `/applications/${id(applicationId)}/assignments`, { body }),
  moveAssignment: (assignmentId: string, body: AssignmentInput) => request<Assignment>('PUT', `/assignments/${id(assignmentId)}`, { body }),
  unassign: (assignmentId: string) => request<void>('DELETE', `/assignments/${id(assignmentId)}`),
  /** Pins (or unpins) a holding, so an automatic proposal keeps it where it is. */
  pin: (assignmentId: string, pinned: boolean) => request<Assignment>('PUT', `/assignments/${id(assignmentId)}/pin`, { body: { pinned } satisfies PinInput }),
};
