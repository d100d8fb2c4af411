import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_URL_LENGTH } from './webhook-http';
import type { WebhookInput } from '@bussanten/contracts';

export class WebhookDto implements WebhookInput {
  @ApiProperty({ example: 'https://example.jp/bussanten-hook', maxLength: MAX_URL_LENGTH, description: 'http:// or https://' })
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  url: string;
}
