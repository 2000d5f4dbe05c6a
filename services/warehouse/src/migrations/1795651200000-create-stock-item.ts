import { MigrationInterface, QueryRunner } from 'typeorm';

/** R28 stock ledger: items by category with the quantity on hand. Movements come with receipts and issues. */
export class CreateStockItem1795651200000 implements MigrationInterface {
  name = 'CreateStockItem1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stock_item (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_code        text NOT NULL CONSTRAINT stock_item_item_code_key UNIQUE,
        name             text NOT NULL,
        specification    text NOT NULL DEFAULT '',
        category         text NOT NULL CONSTRAINT stock_item_category_check
          CHECK (category IN ('finished-goods', 'raw-material', 'spare-part', 'packaging')),
        unit             text NOT NULL,
        quantity_on_hand numeric(14, 3) NOT NULL DEFAULT 0 CONSTRAINT stock_item_quantity_not_negative CHECK (quantity_on_hand >= 0),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX stock_item_category_idx ON stock_item (category)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE stock_item');
  }
}
