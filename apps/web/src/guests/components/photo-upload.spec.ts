import { PHOTO_MAX_BYTES, megabytes, photoProblem } from './photo-upload';

describe('photoProblem', () => {
  it('takes JPEG, PNG and WebP up to 5 MB', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(photoProblem({ type: 'image/png', size: PHOTO_MAX_BYTES })).toBeNull();
    expect(photoProblem({ type: 'image/webp', size: 1 })).toBeNull();
  });

  it('refuses other types, empty files and larger files', () => {
    expect(photoProblem({ type: 'image/gif', size: 1000 })).toBe('type');
    expect(photoProblem({ type: 'image/heic', size: 1000 })).toBe('type');
    expect(photoProblem({ type: '', size: 1000 })).toBe('type');
    expect(photoProblem({ type: 'image/jpeg', size: 0 })).toBe('empty');
    expect(photoProblem({ type: 'image/jpeg', size: PHOTO_MAX_BYTES + 1 })).toBe('size');
  });

  it('says sizes in megabytes', () => {
    expect(megabytes(PHOTO_MAX_BYTES)).toBe('5.0 MB');
  });
});
