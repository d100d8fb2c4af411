import type {
  Booth,
  BoothInput,
  CopyPlanInput,
  Fair,
  FairDocument,
  FairInput,
  FairStatus,
  FairSummary,
  FloorPlan,
  OutboxPage,
  OutboxState,
  PostalCodeLookup,
  Venue,
  VenueInput,
} from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** The organizers' fairs, venues, floor plans and the mail outbox. */
export const fairsApi = {
  listFairs: (o: Signal = {}) => request<FairSummary[]>('GET', '/fairs', { signal: o.signal }),
  /** The places Japan Post lists for a postal code, from the data the server ships (404 for none). */
  postalCode: (code: string) => request<PostalCodeLookup>('GET', `/postal-codes/${id(code)}`),
  getFair: (fairId: string, o: Signal = {}) => request<Fair>('GET', `/fairs/${id(fairId)}`, { signal: o.signal }),
  createFair: (body: FairInput) => request<Fair>('POST', '/fairs', { body }),
  updateFair: (fairId: string, body: FairInput) => request<Fair>('PUT', `/fairs/${id(fairId)}`, { body }),
  deleteFair: (fairId: string) => request<void>('DELETE', `/fairs/${id(fairId)}`),
  changeStatus: (fairId: string, status: FairStatus) => request<Fair>('POST', `/fairs/${id(fairId)}/status`, { body: { status } }),
  /** false: 公開停止; true: 公開再開 (the last release again). */
  setVisibility: (fairId: string, visible: boolean) => request<Fair>('PUT', `/fairs/${id(fairId)}/visibility`, { body: { public: visible } }),
  /** The whole fair as one JSON document (GET /api/fairs/:id/export). */
  exportFair: (fairId: string) => request<FairDocument>('GET', `/fairs/${id(fairId)}/export`),
  /** A new fair from such a document; `slug` gives it another address than the document's. */
  importFair: (document: unknown, slug: string | null) => request<Fair>('POST', '/fairs/import', { body: document, query: { slug } }),

  listVenues: (o: Signal = {}) => request<Venue[]>('GET', '/venues', { signal: o.signal }),
  createVenue: (body: VenueInput) => request<Venue>('POST', '/venues', { body }),
  updateVenue: (venueId: string, body: VenueInput) => request<Venue>('PUT', `/venues/${id(venueId)}`, { body }),

  floorPlan: (fairId: string, o: Signal = {}) => request<FloorPlan>('GET', `/fairs/${id(fairId)}/booths`, { signal: o.signal }),
  createBooth: (fairId: string, body: BoothInput) => request<Booth>('POST', `/fairs/${id(fairId)}/booths`, { body }),
  updateBooth: (fairId: string, boothId: string, body: BoothInput) => request<Booth>('PUT', `/fairs/${id(fairId)}/booths/${id(boothId)}`, { body }),
  deleteBooth: (fairId: string, boothId: string) => request<void>('DELETE', `/fairs/${id(fairId)}/booths/${id(boothId)}`),
  copyPlan: (fairId: string, body: CopyPlanInput) => request<FloorPlan>('POST', `/fairs/${id(fairId)}/booths/copy`, { body }),
  /** A plain link (not fetched): the browser downloads the CSV with the session cookie. */
  boothsCsvUrl: (fairId: string) => `/api/fairs/${id(fairId)}/booths.csv`,

  outbox: (query: { page?: number; state?: OutboxState }, o: Signal = {}) => request<OutboxPage>('GET', '/outbox', { query: { ...query }, signal: o.signal }),
};
