// What the rest of the web app may use of the fairs context (fairs, their days and status, venues,
// one fair as JSON). Only re-exports: the build treats this file as free of side effects.
export { fairsRoutes } from './routes';
export { fairsApi } from './api/fairs';
export { BOOTH_TAG_KEYS, FAIR_STATUS_KEYS, VISIBILITY_KEYS, fairTitle, formatDay, formatFairPeriod, publicPath, visibilityOf } from './components/fair-format';
export { FairPeriodText } from './components/FairPeriodText';
export { fairKeys, useFair, useFairs, useFloorPlan, useVenues } from './queries';
