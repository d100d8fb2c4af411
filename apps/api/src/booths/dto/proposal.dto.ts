import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import type { AcceptProposalInput, PinInput, ProposalRequest } from '@bussanten/contracts';

export class ProposalRequestDto implements ProposalRequest {
  @ApiPropertyOptional({ default: 1, description: 'solver seed: the same seed and data give the same proposal' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;
}

export class AcceptedChangeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the booth the proposal saw it on (null: none)' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  expectedBoothId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the booth to hold for all its days (null: leave it out)' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  boothId: string | null;
}

export class AcceptProposalDto implements AcceptProposalInput {
  @ApiProperty({ type: [AcceptedChangeDto] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique((c: AcceptedChangeDto) => c?.applicationId, { message: 'each application may appear once' })
  // Without it an item that is itself an array ([[]]) passes ValidateNested unchecked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AcceptedChangeDto)
  changes: AcceptedChangeDto[];
}

export class PinDto implements PinInput {
  @ApiProperty()
  @IsBoolean()
  pinned: boolean;
}
