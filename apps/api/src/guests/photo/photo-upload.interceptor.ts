import { BadRequestException, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { ErrorCode, metaDetail } from '@bussanten/contracts';
import { DomainError } from '../../common/domain-error';
import { MAX_UPLOAD_BYTES } from './photo-image';

/** The multipart field that carries the image. */
export const PHOTO_FIELD = 'photo';

/** What multer's memory storage hands the route (typed here so the API needs no @types/multer). */
export interface UploadedPhoto {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

// No `dest` or `storage`: multer keeps the file in memory, bounded by fileSize. The client's
// file name and Content-Type are never trusted; the bytes are checked (photo-image.ts).
const Multer = FileInterceptor(PHOTO_FIELD, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 } });

const MB = MAX_UPLOAD_BYTES / (1024 * 1024);

/**
 * Nest's FileInterceptor with our error bodies: multer's "File too large" becomes 413
 * PAYLOAD_TOO_LARGE and its other refusals (an unexpected field, a second file, a broken form) 400
 * VALIDATION_FAILED, each naming the field `photo`. Runs after the AuthGuard, so nobody without
 * access gets the upload read.
 */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (e) {
      throw uploadRefused(e);
    }
  }
}

export function uploadRefused(e: unknown): unknown {
  if (e instanceof PayloadTooLargeException) {
    const message = `The photo is larger than ${MB} MB`;
    return new DomainError(ErrorCode.PayloadTooLarge, message, [metaDetail(PHOTO_FIELD, 'maxSize', message, { maxBytes: MAX_UPLOAD_BYTES })]);
  }
  if (e instanceof BadRequestException) {
    const message = `Send one image as the multipart field "${PHOTO_FIELD}" (${e.message})`;
    return new DomainError(ErrorCode.ValidationFailed, message, [{ field: PHOTO_FIELD, rule: 'upload', message }]);
  }
  return e;
}
