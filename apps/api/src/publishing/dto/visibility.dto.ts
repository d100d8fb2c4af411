import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { FairVisibilityChange } from '@bussanten/contracts';

export class FairVisibilityDto implements FairVisibilityChange {
  @ApiProperty({ description: 'false: 公開停止 (every public route of the fair answers 410); true: 公開再開 (the latest release again)' })
  @IsBoolean()
  public: boolean;
}
