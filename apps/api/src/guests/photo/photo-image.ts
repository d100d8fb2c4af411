import { ErrorCode, metaDetail } from '@bussanten/contracts';
import sharp, { type Metadata } from 'sharp';
import { DomainError } from '../../common/domain-error';

/** Largest upload accepted (multipart file size); bigger requests get 413 before any decoding. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Largest decoded image: a small file can claim huge dimensions (a decompression bomb). */
export const MAX_INPUT_PIXELS = 40_000_000;
/** The stored photo fits inside this box; smaller photos are never enlarged. */
export const MAX_EDGE_PX = 800;
export const JPEG_QUALITY = 82;

type Format = 'jpeg' | 'png' | 'webp';

/**
 * The format by the file's first bytes. Only these three reach the image library at all, so SVG
 * (librsvg), GIF, HEIC/AVIF, TIFF, PDF and renamed text files never get parsed.
 */
export function sniffFormat(bytes: Uint8Array): Format | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp'; // RIFF....WEBP
  return null;
}

const notAnImage = (message: string) => new DomainError(ErrorCode.UnsupportedImage, message, [{ field: 'photo', rule: 'imageType', message }]);

/**
 * Checks an uploaded photo by its content and turns it into what is stored: orientation applied from
 * EXIF, every metadata block dropped (EXIF with GPS, XMP, IPTC, ICC after conversion to sRGB),
 * transparency flattened onto white, fitted within 800×800, JPEG quality 82.
 * Throws UNSUPPORTED_IMAGE (415) for anything but a decodable JPEG, PNG or WebP of at most 40 MP.
 */
export async function toStoredJpeg(bytes: Buffer): Promise<Buffer> {
  const sniffed = sniffFormat(bytes);
  if (!sniffed) throw notAnImage('The photo must be a JPEG, PNG or WebP image');
  let meta: Metadata;
  try {
    // Reads the header only: nothing is decoded yet.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw notAnImage('The photo could not be read as an image');
  }
  if (meta.format !== sniffed) throw notAnImage('The photo must be a JPEG, PNG or WebP image');
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (!pixels) throw notAnImage('The photo could not be read as an image');
  if (pixels > MAX_INPUT_PIXELS) {
    const message = `The photo has ${meta.width}×${meta.height} pixels; at most ${MAX_INPUT_PIXELS / 1_000_000} megapixels are accepted`;
    throw new DomainError(ErrorCode.UnsupportedImage, message, [
      metaDetail('photo', 'imageTooLarge', message, { width: meta.width, height: meta.height, maxPixels: MAX_INPUT_PIXELS }),
    ]);
  }
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true })
      .resize(MAX_EDGE_PX, MAX_EDGE_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer(); // no keepMetadata()/withMetadata(): the output carries no EXIF, XMP, IPTC or ICC
  } catch {
    // Header fine, pixel data broken or truncated.
    throw notAnImage('The photo could not be decoded');
  }
}
