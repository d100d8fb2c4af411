/**
 * The roots of the API contract's schemas (contract-schemas.json, made by contract-schemas.ts):
 * every type libs/contracts exports, and a name for each instance of its generic types that a
 * route answers with (a JSON Schema, and so an OpenAPI component, has no type parameters).
 * Only type aliases live here, never shapes of their own: libs/contracts stays the one source.
 */
import type { AuditEntry, MunicipalitySummary, Page } from '@bussanten/contracts';

export type * from '@bussanten/contracts';

/** GET /api/audit */
export type AuditEntryPage = Page<AuditEntry>;
/** GET /api/municipalities */
export type MunicipalitySummaryPage = Page<MunicipalitySummary>;
