import { Navigate, redirect, type RouteObject } from 'react-router';
import { page } from '../routing/page';

/** A representative's own municipality (/my) and the organizers' registry (under /registry). */
export const registryRoutes: RouteObject[] = [
  { path: 'my', ...page(() => import('./my-municipality/MyMunicipalityPage')) },
  {
    path: 'registry',
    children: [
      { index: true, ...page(() => import('./municipality-list/MunicipalityListPage')) },
      { path: 'municipalities', loader: () => redirect('/registry'), element: <Navigate to="/registry" replace /> },
      { path: 'municipalities/new', ...page(() => import('./municipality-form/MunicipalityFormPage')) },
      { path: 'municipalities/:id', ...page(() => import('./municipality-detail/MunicipalityDetailPage')) },
      { path: 'municipalities/:id/edit', ...page(() => import('./municipality-form/MunicipalityFormPage')) },
      { path: 'agreements', ...page(() => import('./agreement-list/AgreementListPage')) },
      { path: 'agreements/new', ...page(() => import('./agreement-form/AgreementFormPage')) },
      { path: 'agreements/:id', ...page(() => import('./agreement-detail/AgreementDetailPage')) },
      { path: 'agreements/:id/edit', ...page(() => import('./agreement-form/AgreementFormPage')) },
    ],
  },
];
