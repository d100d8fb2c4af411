import { Module } from '@nestjs/common';
import { FairsController } from './fairs.controller';
import { FairsRepository } from './fairs.repository';
import { FairsService } from './fairs.service';

/** Venues, rooms and fairs with their days and opening hours. */
@Module({ controllers: [FairsController], providers: [FairsService, FairsRepository], exports: [FairsService] })
export class FairsModule {}
