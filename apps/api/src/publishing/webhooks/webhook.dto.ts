import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { webhookUrlRule } from '@bussanten/domain';
import { Satisfies } from '../../common/satisfies';
import { MAX_URL_LENGTH } from './webhook-http';
import type { WebhookInput } from '@bussanten/contracts';

export class WebhookDto implements WebhookInput {
  @ApiProperty({ example: 'https://example.jp/bussanten-hook', maxLength: MAX_URL_LENGTH, description: 'http:// or https://' })
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  @Satisfies(webhookUrlRule)
  url: string;
}
