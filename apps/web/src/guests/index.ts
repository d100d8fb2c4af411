// What the rest of the web app may use of the guests context (guests, stages, the timetable).
// Only re-exports: the build treats this file as free of side effects.
export { guestsRoutes } from './routes';
export { guestKeys, useAppearances, useGuests, useStages } from './queries';
