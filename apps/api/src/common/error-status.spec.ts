import { ErrorCode } from '@bussanten/contracts';
import { statusOf } from './error-status';

describe('statusOf', () => {
  it('maps every error code to an HTTP status', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(statusOf(code)).toBeGreaterThanOrEqual(400);
    }
  });

  it.each([
    [ErrorCode.ValidationFailed, 400],
    [ErrorCode.MunicipalityNotFound, 404],
    [ErrorCode.MunicipalityIsParty, 409],
    [ErrorCode.PayloadTooLarge, 413],
    [ErrorCode.DatabaseUnavailable, 503],
  ])('%s → %i', (code, status) => {
    expect(statusOf(code)).toBe(status);
  });
});
