import { Global, Module, type DynamicModule } from '@nestjs/common';
import { fallbackPhotosDir, PHOTO_OPTIONS } from './photo-options';
import { PhotoController } from './photo.controller';
import { GuestPhotoService } from './photo.service';
import { PhotoStore } from './photo-store';

/**
 * Guest photos: the upload/serve/remove routes and the files under DATA_DIR/photos. Configured once
 * in AppModule (like MailModule) with the directory. Global, so the guests context can inject
 * PhotoStore where a guest's file must go too (deleting a guest: removeQuietly(photo_key) after commit).
 */
@Global()
@Module({})
export class GuestPhotoModule {
  static forRoot(dir: string | undefined): DynamicModule {
    return {
      module: GuestPhotoModule,
      controllers: [PhotoController],
      providers: [{ provide: PHOTO_OPTIONS, useValue: { dir: dir ?? fallbackPhotosDir() } }, PhotoStore, GuestPhotoService],
      exports: [PhotoStore, GuestPhotoService],
    };
  }
}
