import { CreateStockItem1795651200000 } from './1795651200000-create-stock-item';
import { CreateItemAndStockLedger1796300000000 } from './1796300000000-create-item-and-stock-ledger';
import { CreateApprovalAndFineLine1796300060000 } from './1796300060000-create-approval-and-fine-line';
import { CreateWarehouseForms1796300120000 } from './1796300120000-create-warehouse-forms';

/** Every migration of the warehouse database, oldest first. */
export const warehouseMigrations = [
  CreateStockItem1795651200000,
  CreateItemAndStockLedger1796300000000,
  CreateApprovalAndFineLine1796300060000,
  CreateWarehouseForms1796300120000,
];
