import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R27–R28: the item catalogue, the stock ledger and the stock card derived from it (decision
 * 0080). The database itself keeps the card equal to the ledger and never below zero:
 * - every ledger line is posted to its card by a trigger, in the same statement, and the line
 *   records the card's balance right after it;
 * - the ledger is append-only (corrections are red entries, R35), and the card cannot be
 *   written except through a ledger line;
 * - a card below zero fails the transaction at commit (deferred, so a red reversal followed by
 *   the real receipt in one posting may pass through zero, R35).
 * The placeholder stock_item table of the stub goes.
 */
export class CreateItemAndStockLedger1796300000000 implements MigrationInterface {
  name = 'CreateItemAndStockLedger1796300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS stock_item');
    await db.query(`
      CREATE TABLE item (
        code                  text PRIMARY KEY,
        category              text NOT NULL CONSTRAINT item_category_check
          CHECK (category IN ('finished-goods', 'raw-material', 'spare-part', 'packaging')),
        name                  text NOT NULL,
        specification         text NOT NULL DEFAULT '',
        unit                  text NOT NULL,
        standard_labour_hours numeric(10, 2),
        standard_price_minor  bigint CHECK (standard_price_minor >= 0),
        minimum_price_minor   bigint CHECK (minimum_price_minor >= 0),
        prices_set_by         jsonb,
        prices_set_at         timestamptz,
        created_by            jsonb NOT NULL,
        created_at            timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX item_category_idx ON item (category, code)');
    await db.query(`
      CREATE TABLE stock_card (
        branch        text NOT NULL,
        item_code     text NOT NULL REFERENCES item (code),
        quantity      numeric(14, 3) NOT NULL,
        value_minor   bigint NOT NULL,
        last_moved_at timestamptz,
        PRIMARY KEY (branch, item_code)
      )`);
    await db.query(`
      CREATE TABLE stock_movement (
        seq                 bigserial PRIMARY KEY,
        branch              text NOT NULL,
        item_code           text NOT NULL REFERENCES item (code),
        kind                text NOT NULL,
        entry               text NOT NULL DEFAULT 'normal'
          CHECK (entry IN ('normal', 'provisional', 'red-reversal', 'virtual')),
        quantity            numeric(14, 3) NOT NULL CHECK (quantity <> 0),
        value_minor         bigint NOT NULL,
        balance_quantity    numeric(14, 3) NOT NULL DEFAULT 0,
        balance_value_minor bigint NOT NULL DEFAULT 0,
        document_type       text NOT NULL,
        document_id         text NOT NULL,
        document_line       integer NOT NULL,
        reverses_seq        bigint REFERENCES stock_movement (seq),
        memo                text NOT NULL DEFAULT '',
        document_date       date NOT NULL,
        booked_at           timestamptz NOT NULL,
        booked_by           jsonb NOT NULL,
        CHECK ((entry = 'red-reversal') = (reverses_seq IS NOT NULL))
      )`);
    await db.query(
      'CREATE INDEX stock_movement_item_idx ON stock_movement (branch, item_code, seq)',
    );
    await db.query('CREATE INDEX stock_movement_document_idx ON stock_movement (document_id)');
    await db.query('CREATE INDEX stock_movement_booked_idx ON stock_movement (branch, booked_at)');

    await db.query(`
      CREATE FUNCTION stock_movement_posts_to_card() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_card AS c (branch, item_code, quantity, value_minor, last_moved_at)
        VALUES (NEW.branch, NEW.item_code, NEW.quantity, NEW.value_minor,
                CASE WHEN NEW.entry = 'virtual' THEN NULL ELSE NEW.booked_at END)
        ON CONFLICT (branch, item_code) DO UPDATE
          SET quantity = c.quantity + EXCLUDED.quantity,
              value_minor = c.value_minor + EXCLUDED.value_minor,
              last_moved_at = COALESCE(EXCLUDED.last_moved_at, c.last_moved_at)
        RETURNING c.quantity, c.value_minor INTO NEW.balance_quantity, NEW.balance_value_minor;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER stock_movement_posts_to_card BEFORE INSERT ON stock_movement
        FOR EACH ROW EXECUTE FUNCTION stock_movement_posts_to_card()`);
    await db.query(`
      CREATE FUNCTION stock_ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the stock ledger is append-only: correct it with a red entry (R35)'
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER stock_ledger_is_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
        ON stock_movement FOR EACH STATEMENT EXECUTE FUNCTION stock_ledger_is_append_only()`);
    await db.query(`
      CREATE FUNCTION stock_card_follows_the_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'the stock card is derived from the ledger: post a movement (R28)'
            USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER stock_card_follows_the_ledger BEFORE INSERT OR UPDATE OR DELETE
        ON stock_card FOR EACH ROW EXECUTE FUNCTION stock_card_follows_the_ledger()`);
    await db.query(`
      CREATE FUNCTION stock_card_not_negative() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE on_hand numeric;
      BEGIN
        SELECT quantity INTO on_hand FROM stock_card
         WHERE branch = NEW.branch AND item_code = NEW.item_code;
        IF on_hand < 0 THEN
          RAISE EXCEPTION 'stock of % in % would go below zero (%)', NEW.item_code, NEW.branch, on_hand
            USING ERRCODE = 'check_violation', CONSTRAINT = 'stock_card_not_negative';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER stock_card_not_negative AFTER INSERT OR UPDATE ON stock_card
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stock_card_not_negative()`);

    await db.query(`
      CREATE TABLE document_counter (
        branch text NOT NULL,
        prefix text NOT NULL,
        last   bigint NOT NULL,
        PRIMARY KEY (branch, prefix)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE document_counter');
    await db.query('DROP TABLE stock_movement');
    await db.query('DROP TABLE stock_card');
    await db.query('DROP TABLE item');
    for (const fn of [
      'stock_movement_posts_to_card',
      'stock_ledger_is_append_only',
      'stock_card_follows_the_ledger',
      'stock_card_not_negative',
    ])
      await db.query(`DROP FUNCTION ${fn}()`);
  }
}
