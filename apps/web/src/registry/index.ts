// What the rest of the web app may use of the registry context (municipalities, agreements, a
// representative's own municipality). Only re-exports: the build treats this file as free of side effects.
export { registryRoutes } from './routes';
export { MunicipalitySearchField } from './components/MunicipalitySearchField';
export { useMunicipalitySearch } from './components/useMunicipalitySearch';
export { pageRange } from './municipality-list/filters';
