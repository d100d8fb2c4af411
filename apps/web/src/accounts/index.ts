// What the rest of the web app may use of the accounts context (sign-in, sessions, second factors,
// invitations, passwords, people). Only re-exports: the build treats this file as free of side effects.
export { accountsRoutes } from './routes';
export { authApi } from './api/accounts';
export { passkeySignInApi } from './api/factors';
export { InvitationLink } from './components/InvitationLink';
export { resetSummary } from './components/factor-model';
export { accountKeys } from './queries';
