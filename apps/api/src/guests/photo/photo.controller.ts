import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorCode, type GuestPhoto } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../../accounts/access';
import { validationFailed } from '../../common/domain-error';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { PHOTO_FIELD, PhotoUploadInterceptor, type UploadedPhoto } from './photo-upload.interceptor';
import { GuestPhotoService } from './photo.service';
import { ApiErrors, ApiFile, ApiSuccess } from '../../common/openapi/decorators';

const GuestId = new ParseIdPipe(ErrorCode.GuestNotFound);

/** True when an If-None-Match header names the ETag (weak comparison, as RFC 9110 asks for this header). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

@ApiTags('guests')
@Controller('guests/:id/photo')
export class PhotoController {
  constructor(private readonly photos: GuestPhotoService) {}

  /** Replaces the guest's photo: JPEG, PNG or WebP up to 5 MB and 40 MP; stored re-encoded as JPEG within 800×800. */
  @ApiOperation({ summary: "Replace a guest's photo (JPEG, PNG or WebP, stored as JPEG)" })
  @ApiSuccess('GuestPhoto')
  @ApiErrors(404)
  @Post()
  @Access('organizer')
  @HttpCode(200)
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: [PHOTO_FIELD], properties: { [PHOTO_FIELD]: { type: 'string', format: 'binary' } } } })
  upload(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string, @UploadedFile() file: UploadedPhoto | undefined): Promise<GuestPhoto> {
    if (!file) throw validationFailed([{ field: PHOTO_FIELD, rule: 'required', message: `Attach the image as the multipart field "${PHOTO_FIELD}"` }]);
    return this.photos.upload(organizer, id, file.buffer);
  }

  @ApiOperation({ summary: "Remove a guest's photo" })
  @ApiErrors(404)
  @Delete()
  @Access('organizer')
  @HttpCode(204)
  remove(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string): Promise<void> {
    return this.photos.remove(organizer, id);
  }

  /** Public (part of the guest's public profile). 404 GUEST_NOT_FOUND when the guest has no photo. */
  @ApiOperation({ summary: "A guest's photo" })
  @ApiFile('image/jpeg', { binary: true })
  @ApiErrors(404)
  @Get()
  @Access('public')
  async get(@Param('id', GuestId) id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<StreamableFile | undefined> {
    const file = await this.photos.file(id);
    res.setHeader('ETag', file.etag);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (etagMatches(req.header('if-none-match'), file.etag)) {
      file.stream.destroy();
      res.status(304);
      return undefined;
    }
    return new StreamableFile(file.stream, { type: 'image/jpeg', length: file.size });
  }
}
