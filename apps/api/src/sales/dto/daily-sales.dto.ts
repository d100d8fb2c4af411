import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import type { DailySalesInput, SalesLineInput } from '@bussanten/contracts';
import { MAX_SALES_FIGURE } from '@bussanten/domain';

export class SalesLineDto implements SalesLineInput {
  @ApiProperty({ example: 0, description: "index of the product in the application's products" })
  @IsInt()
  @Min(0)
  @Max(99)
  product: number;

  @ApiProperty({ example: 12, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_SALES_FIGURE)
  quantity: number;

  @ApiProperty({ example: 12000, minimum: 0, description: 'tax included, whole yen' })
  @IsInt()
  @Min(0)
  @Max(MAX_SALES_FIGURE)
  amountYen: number;
}

export class DailySalesDto implements DailySalesInput {
  @ApiProperty({ example: 128000, minimum: 0, description: 'sales of the day, tax included, whole yen' })
  @IsInt()
  @Min(0)
  @Max(MAX_SALES_FIGURE)
  salesYen: number;

  @ApiProperty({ example: 54, minimum: 0, description: 'customers (receipts)' })
  @IsInt()
  @Min(0)
  @Max(MAX_SALES_FIGURE)
  customers: number;

  @ApiPropertyOptional({ type: [SalesLineDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SalesLineDto)
  products?: SalesLineDto[];
}

export class SalesComparisonQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "another fair of the host to compare with (default: the host's latest earlier fair with confirmed sales)",
  })
  @IsOptional()
  @IsUUID()
  compareWith?: string;
}
