import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@bussanten/contracts';
import { refusalOf } from './fair-transfer.service';
import { Constraint } from '../../database/constraints';

const violation = (code: string, constraint: string) => new QueryFailedError('INSERT …', [], Object.assign(new Error('violation'), { code, constraint }));

describe('refusalOf (a database refusal during an import, as the regular routes answer it)', () => {
  it.each([
    ['23505', Constraint.fairsSlug, ErrorCode.DuplicateSlug],
    ['23505', Constraint.boothsFairCode, ErrorCode.DuplicateBoothCode],
    ['23505', Constraint.fairStagesFairName, ErrorCode.Conflict],
    ['23505', Constraint.applicationsFairMunicipality, ErrorCode.AlreadyApplied],
    ['23505', Constraint.applicationDaysPrimaryKey, ErrorCode.Conflict],
    ['23P01', Constraint.boothAssignmentsBoothDays, ErrorCode.BoothTaken],
    ['23P01', Constraint.boothAssignmentsApplicationDays, ErrorCode.Conflict],
    ['23P01', Constraint.appearancesGuest, ErrorCode.AppearanceConflict],
    ['23P01', Constraint.appearancesLocation, ErrorCode.AppearanceConflict],
  ])('%s on %s → %s, naming the field of the document', (sqlState, constraint, code) => {
    const refusal = refusalOf(violation(sqlState, constraint), 'fair.booths.3.code');
    expect(refusal?.code).toBe(code);
    if (code !== ErrorCode.DuplicateSlug) expect(refusal?.details[0]?.field).toBe('fair.booths.3.code');
  });

  it.each([
    ['another constraint', violation('23505', 'uq_users_email')],
    ['a check violation (the exception filter answers it)', violation('23514', 'ck_booths_rect')],
    ['not a database error', new Error('boom')],
  ])('leaves %s alone', (_what, error) => {
    expect(refusalOf(error, 'fair')).toBeNull();
  });
});
