import { CreateStockItem1795651200000 } from './1795651200000-create-stock-item';

/** Every migration of the warehouse database, oldest first. */
export const warehouseMigrations = [CreateStockItem1795651200000];
