/** Kinds of local government, as the registry distinguishes them. */
export const MunicipalityKind = {
  Prefecture: 'prefecture',
  City: 'city',
  SpecialWard: 'special_ward',
  Town: 'town',
  Village: 'village',
} as const;
export type MunicipalityKind = (typeof MunicipalityKind)[keyof typeof MunicipalityKind];
export const MUNICIPALITY_KINDS = Object.values(MunicipalityKind);

export const AgreementKind = {
  Comprehensive: 'comprehensive',
  Exchange: 'exchange',
  DisasterAid: 'disaster_aid',
  Cooperation: 'cooperation',
  Other: 'other',
} as const;
export type AgreementKind = (typeof AgreementKind)[keyof typeof AgreementKind];
export const AGREEMENT_KINDS = Object.values(AgreementKind);

export interface Prefecture {
  /** JIS X 0401 code, 1 (北海道) to 47 (沖縄県): the official order. */
  code: number;
  name: string;
  nameEn: string;
  reading: string;
}

export interface MunicipalitySummary {
  id: string;
  name: string;
  reading: string;
  nameEn: string | null;
  prefectureCode: number;
  prefecture: string;
  kind: MunicipalityKind;
  population: number | null;
  areaKm2: number | null;
  /** Kinds of the agreements this municipality is a party to, without duplicates. */
  agreementKinds: AgreementKind[];
  /** Earliest known year of any of its agreements. */
  firstAgreementYear: number | null;
}

export interface Municipality extends MunicipalitySummary {
  localGovernmentCode: string | null;
  /** From the official list of local governments: LISTED_MUNICIPALITY_FIELDS are read-only and it cannot be deleted. */
  listed: boolean;
  /** The day the population figure describes (YYYY-MM-DD) and where it comes from. */
  populationAsOf: string | null;
  populationSource: string | null;
  areaAsOf: string | null;
  areaSource: string | null;
  website: string | null;
  notes: string | null;
  agreements: MunicipalityAgreement[];
  createdAt: string;
  updatedAt: string;
}

/** An agreement as seen from one of its parties. */
export interface MunicipalityAgreement {
  id: string;
  kind: AgreementKind;
  title: string;
  signedOn: string | null;
  signedYear: number | null;
  occasion: string | null;
  explanation: string | null;
  partyCount: number;
  /** This party's joint activities under the agreement. */
  activities: string[];
}

export interface MunicipalityInput {
  name: string;
  reading: string;
  nameEn?: string | null;
  prefectureCode: number;
  kind: MunicipalityKind;
  localGovernmentCode?: string | null;
  population?: number | null;
  populationAsOf?: string | null;
  populationSource?: string | null;
  areaKm2?: number | null;
  areaAsOf?: string | null;
  areaSource?: string | null;
  website?: string | null;
  notes?: string | null;
}

/** The fields a listed municipality takes from the official list; hosts cannot change them (409 LISTED_MUNICIPALITY_FIELD). */
export const LISTED_MUNICIPALITY_FIELDS = ['name', 'reading', 'localGovernmentCode', 'prefectureCode', 'kind'] as const;
export type ListedMunicipalityField = (typeof LISTED_MUNICIPALITY_FIELDS)[number];

/** The shared fields of a municipality, every one kept in its history. */
export const MUNICIPALITY_SHARED_FIELDS = [
  'name',
  'reading',
  'nameEn',
  'prefectureCode',
  'kind',
  'localGovernmentCode',
  'population',
  'populationAsOf',
  'populationSource',
  'areaKm2',
  'areaAsOf',
  'areaSource',
  'website',
  'notes',
] as const satisfies readonly (keyof MunicipalityInput)[];
export type MunicipalitySharedField = (typeof MUNICIPALITY_SHARED_FIELDS)[number];

/** One field of a history entry. */
export interface MunicipalityFieldChange {
  field: MunicipalitySharedField;
  before: unknown;
  after: unknown;
}

/** GET /api/municipalities/:id/history: one change by an organizer of some host, newest first. */
export interface MunicipalityChange {
  id: string;
  at: string;
  host: { id: string; name: string };
  /** The organizer; id null once the account is gone (the name stays). */
  user: { id: string | null; displayName: string };
  changes: MunicipalityFieldChange[];
  /** Set when this entry reverted an earlier one. */
  revertsChangeId: string | null;
}

export type MunicipalitySort = 'name' | '-name' | 'population' | '-population' | 'area' | '-area' | 'year' | '-year';
export const MUNICIPALITY_SORTS: MunicipalitySort[] = ['name', '-name', 'population', '-population', 'area', '-area', 'year', '-year'];

export interface MunicipalityQuery {
  q?: string;
  /** Only the asking host's agreement parties (協定先のみ). */
  partners?: boolean;
  prefectureCode?: number;
  agreementKind?: AgreementKind;
  sort?: MunicipalitySort;
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AgreementParty {
  municipalityId: string;
  name: string;
  prefecture: string;
  prefectureCode: number;
  activities: string[];
}

export interface Agreement {
  id: string;
  kind: AgreementKind;
  title: string;
  signedOn: string | null;
  signedYear: number | null;
  occasion: string | null;
  explanation: string | null;
  parties: AgreementParty[];
  createdAt: string;
  updatedAt: string;
}

export interface AgreementSummary {
  id: string;
  kind: AgreementKind;
  title: string;
  signedYear: number | null;
  partyCount: number;
}

export interface AgreementPartyInput {
  municipalityId: string;
  activities?: string[];
}

export interface AgreementInput {
  kind: AgreementKind;
  title: string;
  /** A full date (YYYY-MM-DD) when known; otherwise give only signedYear. */
  signedOn?: string | null;
  signedYear?: number | null;
  occasion?: string | null;
  explanation?: string | null;
  parties: AgreementPartyInput[];
}

export interface AgreementQuery {
  kind?: AgreementKind;
  municipalityId?: string;
}

/** The public explanation of an agreement kind (e.g. what a 災害時相互援助協定 is). */
export interface AgreementKindInfo {
  kind: AgreementKind;
  label: string;
  labelEn: string;
  explanation: string | null;
}

/** A programme that ties municipalities to the ward without an agreement (特別区全国連携プロジェクト). */
export interface Programme {
  id: string;
  name: string;
  nameEn: string | null;
  startedYear: number | null;
  explanation: string;
}

/** GET /api/health: the process is alive (liveness; says nothing about the database). */
export interface Health {
  status: 'ok';
}

/** GET /api/ready: 200 when this process can serve (database reachable, migrations current), else 503. */
export interface Readiness {
  status: 'ready' | 'unavailable';
  database: 'up' | 'down';
  /** 'unknown' while the database is down. */
  migrations: 'current' | 'pending' | 'unknown';
  /** Names of migrations the code has and the database lacks. */
  pending: string[];
}
