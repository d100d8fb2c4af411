import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import type { HostContactInput } from '@bussanten/contracts';
import { emailAddressRule, phoneRule } from '@bussanten/domain';
import { Satisfies } from '../../common/satisfies';
import { TypedText } from '../../common/typed-input';

const nullable = () => ValidateIf((_o, v) => v !== null);

/** PUT /api/host/contact: how the host's exhibitors reach its organizers; each may be null. */
export class HostContactDto implements HostContactInput {
  @ApiProperty({ type: String, nullable: true, example: 'bussan@city.example.jp', maxLength: 320 })
  @TypedText()
  @nullable()
  @Satisfies(emailAddressRule)
  @MaxLength(320)
  contactEmail: string | null;

  @ApiProperty({ type: String, nullable: true, example: '03-1234-5678' }) @TypedText() @nullable() @IsString() @Satisfies(phoneRule) contactPhone:
    string | null;

  @ApiProperty({ type: String, nullable: true, example: '平日 9時〜17時 商業振興課' }) @nullable() @IsString() @MaxLength(1000) contactNote: string | null;
}
