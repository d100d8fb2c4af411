import type { RouteObject } from 'react-router';
import { page } from './page';

/** The organizers' review, assignment, day sheet and outbox pages (under /fairs/:id/… and /outbox). */
export const reviewRoutes: RouteObject[] = [];

/** A representative's fairs and applications (under /my/fairs and /my/applications). */
export const myApplicationRoutes: RouteObject[] = [];
