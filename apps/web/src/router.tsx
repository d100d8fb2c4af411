import type { ComponentType } from 'react';
import { Navigate, createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { RouteError } from './routes/RouteError';
import NotFoundPage from './routes/not-found/NotFoundPage';

type PageModule = { default: ComponentType };
/** A page whose code is downloaded only when it is first visited. */
const page = (load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

/**
 * The registry (the admin area) lives under /registry and every page of it is its own chunk, so a
 * public page added later next to it downloads none of it.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, loader: () => redirect('/registry'), element: <Navigate to="/registry" replace /> },
          {
            path: 'registry',
            children: [
              { index: true, ...page(() => import('./routes/municipality-list/MunicipalityListPage')) },
              { path: 'municipalities', loader: () => redirect('/registry'), element: <Navigate to="/registry" replace /> },
              { path: 'municipalities/new', ...page(() => import('./routes/municipality-form/MunicipalityFormPage')) },
              { path: 'municipalities/:id', ...page(() => import('./routes/municipality-detail/MunicipalityDetailPage')) },
              { path: 'municipalities/:id/edit', ...page(() => import('./routes/municipality-form/MunicipalityFormPage')) },
              { path: 'agreements', ...page(() => import('./routes/agreement-list/AgreementListPage')) },
              { path: 'agreements/new', ...page(() => import('./routes/agreement-form/AgreementFormPage')) },
              { path: 'agreements/:id', ...page(() => import('./routes/agreement-detail/AgreementDetailPage')) },
              { path: 'agreements/:id/edit', ...page(() => import('./routes/agreement-form/AgreementFormPage')) },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
