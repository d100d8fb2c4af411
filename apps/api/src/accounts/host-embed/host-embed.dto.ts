import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import type { HostEmbedOriginsInput } from '@bussanten/contracts';

/**
 * PUT /api/host/embed-origins. Each item is checked by checkEmbedOrigins (libs/domain), which names
 * it by its place ('origins.2'); the bound here only keeps an absurd list from being read at all.
 */
export class HostEmbedOriginsDto implements HostEmbedOriginsInput {
  @ApiProperty({ type: [String], example: ['https://www.city.shinagawa.example', 'http://localhost:8080'], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(100)
  origins: string[];
}
