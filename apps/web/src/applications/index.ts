// What the rest of the web app may use of the applications context (representatives' applications,
// the organizers' review, withdrawals). Only re-exports: the build treats this file as free of side effects.
export { applicationsRoutes } from './routes';
export { reviewApi } from './api/applications';
export { withdrawalsApi } from './api/withdrawals';
export { NeedsList } from './components/NeedsList';
export { UnassignDialog } from './components/UnassignDialog';
export { covers, formatDayRange, formatDays, formatFairDay } from './components/day-format';
export { applicationStatusKey, missingFacilityText, missingFromDetails, outboxStateKey } from './components/labels';
export { applicationKeys, staleAfterUnassign, useAssignments, useReviewList, useWithdrawals } from './queries';
