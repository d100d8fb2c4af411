import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ACCOUNT_ENTITIES } from '../accounts/entities';
import { APPLICATION_ENTITIES } from '../applications/entities';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { BOOTH_ENTITIES } from '../booths/entities';
import { FAIR_ENTITIES } from '../fairs/entities';
import { GUEST_ENTITIES } from '../guests/entities';
import { PUBLISHING_ENTITIES } from '../publishing/entities';
import { REGISTRY_ENTITIES } from '../registry/entities';
import { SALES_ENTITIES } from '../sales/entities';
import { MIGRATIONS } from './migrations';
import { FairNoticeEntity } from '../notices/entities/fair-notice.entity';

// A PostgreSQL `date` is a day in Japan, not an instant: keep it as 'YYYY-MM-DD' instead of letting
// pg turn it into a Date at local midnight, which shifts the day under TZ=America/Los_Angeles.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const ENTITIES = [
  ...REGISTRY_ENTITIES,
  ...ACCOUNT_ENTITIES,
  AuditEntryEntity,
  ...FAIR_ENTITIES,
  ...BOOTH_ENTITIES,
  ...APPLICATION_ENTITIES,
  ...GUEST_ENTITIES,
  ...PUBLISHING_ENTITIES,
  FairNoticeEntity,
  ...SALES_ENTITIES,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+.
    uuidExtension: 'pgcrypto',
    // Off: failed queries would log their parameters, which can hold personal data. The exception
    // filter logs unexpected errors with a correlation id instead.
    logging: false,
    // Sessions speak Japan time so that any date arithmetic done in SQL matches what users see.
    extra: { options: '-c timezone=Asia/Tokyo', max: 10, connectionTimeoutMillis: 5000 },
  };
}
