import { ErrorCode } from '@bussanten/contracts';
import { crc32 } from 'node:zlib';
import sharp, { type Color, type Exif } from 'sharp';
import { DomainError } from '../../common/domain-error';
import { MAX_INPUT_PIXELS, sniffFormat, toStoredJpeg } from './photo-image';

// Every image here is made by sharp in the test: no fixtures to trust.
const canvas = (width: number, height: number, background: Color = '#c83') => sharp({ create: { width, height, channels: 3, background } });

/** EXIF with a GPS position (IFD3) and a copyright line, as a phone would write it. */
const PHONE_EXIF: Exif = {
  IFD0: { Copyright: 'Bussanten test', Make: 'TestPhone' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 37/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '139/1 44/1 0/1' },
};
/** The GPS IFD pointer tag (0x8825) in little-endian EXIF, as libvips writes it. */
const GPS_POINTER = Buffer.from([0x25, 0x88]);

/** A PNG that is only a header claiming width × height: a decompression bomb's shape, without the bytes. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed) >>> 0);
    return Buffer.concat([length, typed, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function refusal(bytes: Buffer): Promise<DomainError> {
  try {
    await toStoredJpeg(bytes);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected the image to be refused');
}

describe('photo content checks and re-encoding', () => {
  it('stores a PNG with EXIF GPS as a JPEG without any metadata', async () => {
    const png = await canvas(640, 480).withExif(PHONE_EXIF).png().toBuffer();
    const input = await sharp(png).metadata();
    expect(input.exif?.includes(GPS_POINTER)).toBe(true); // the test image really carries GPS

    const stored = await toStoredJpeg(png);
    const out = await sharp(stored).metadata();
    expect(out).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(out.exif).toBeUndefined();
    expect(out.xmp).toBeUndefined();
    expect(out.iptc).toBeUndefined();
    expect(out.icc).toBeUndefined();
    expect(stored.includes(Buffer.from('Exif\0'))).toBe(false);
    expect(stored.includes(Buffer.from('Bussanten test'))).toBe(false);
  });

  it('drops the EXIF (GPS included) of a JPEG too', async () => {
    const jpeg = await canvas(400, 300).withExif(PHONE_EXIF).jpeg().toBuffer();
    expect((await sharp(jpeg).metadata()).exif?.includes(GPS_POINTER)).toBe(true);
    const out = await sharp(await toStoredJpeg(jpeg)).metadata();
    expect(out.exif).toBeUndefined();
  });

  it('fits a 3000×2000 JPEG within 800×800: 800×533', async () => {
    const stored = await toStoredJpeg(await canvas(3000, 2000).jpeg().toBuffer());
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 533 });
  });

  it('fits a portrait WebP by its height', async () => {
    const stored = await toStoredJpeg(await canvas(1000, 2000).webp().toBuffer());
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'jpeg', width: 400, height: 800 });
  });

  it('never enlarges a small photo', async () => {
    const stored = await toStoredJpeg(await canvas(120, 90).png().toBuffer());
    expect(await sharp(stored).metadata()).toMatchObject({ width: 120, height: 90 });
  });

  it('turns the photo upright by its EXIF orientation, then drops the tag', async () => {
    // 300 wide, 200 high, tagged "rotate 90° clockwise to display" (orientation 6): shown 200×300.
    const tagged = await canvas(300, 200).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect((await sharp(tagged).metadata()).orientation).toBe(6);
    const out = await sharp(await toStoredJpeg(tagged)).metadata();
    expect(out).toMatchObject({ width: 200, height: 300 });
    expect(out.orientation).toBeUndefined();
  });

  it('puts a transparent PNG (a mascot cut-out) on white, not black', async () => {
    const transparent = await sharp({ create: { width: 20, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { data } = await sharp(await toStoredJpeg(transparent))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(240);
  });

  it.each([
    ['a text file named photo.jpg', () => Buffer.from('This is not a photo, only a name ending in .jpg\n')],
    ['an empty file', () => Buffer.alloc(0)],
    ['an SVG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>')],
    ['an SVG with an XML prolog', () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ['a GIF', () => canvas(32, 32).gif().toBuffer()],
    ['an AVIF (HEIF family, as HEIC is)', () => canvas(32, 32).avif().toBuffer()],
    ['a TIFF', () => canvas(32, 32).tiff().toBuffer()],
    [
      'a PNG signature followed by garbage',
      () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage garbage garbage')]),
    ],
  ])('refuses %s with UNSUPPORTED_IMAGE (imageType)', async (_name, make) => {
    const e = await refusal(await make());
    expect(e.code).toBe(ErrorCode.UnsupportedImage);
    expect(e.details).toEqual([{ field: 'photo', rule: 'imageType', message: expect.any(String) }]);
  });

  it('refuses a truncated JPEG whose header is fine', async () => {
    const jpeg = await canvas(400, 300, '#123456').jpeg().toBuffer();
    const e = await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(e.code).toBe(ErrorCode.UnsupportedImage);
  });

  it('refuses a decompression bomb (over 40 megapixels) from its header, before decoding', async () => {
    const bomb = pngHeaderOnly(10_000, 10_000);
    expect(bomb.length).toBeLessThan(100);
    expect(await sharp(bomb).metadata()).toMatchObject({ format: 'png', width: 10_000, height: 10_000 });
    const e = await refusal(bomb);
    expect(e.code).toBe(ErrorCode.UnsupportedImage);
    expect(e.details).toEqual([
      {
        field: 'photo',
        rule: 'imageTooLarge',
        message: expect.stringContaining('10000×10000'),
        meta: { width: 10_000, height: 10_000, maxPixels: MAX_INPUT_PIXELS },
      },
    ]);
  });

  it('accepts 40 megapixels exactly as far as the size check goes', async () => {
    const e = await refusal(pngHeaderOnly(8_000, 5_000)); // 40 MP: passes the size check, then fails to decode the empty data
    expect(e.details[0].rule).toBe('imageType');
  });

  it('sniffs only JPEG, PNG and WebP', () => {
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffFormat(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffFormat(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});
