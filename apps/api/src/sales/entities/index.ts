import { DailySalesEntity } from './daily-sales.entity';
import { SalesDayConfirmationEntity } from './sales-day-confirmation.entity';

export { DailySalesEntity, SalesDayConfirmationEntity };
export const SALES_ENTITIES = [DailySalesEntity, SalesDayConfirmationEntity];
