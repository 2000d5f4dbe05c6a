import type { DemoDataContext } from '@freight/platform';

const DEMO_STOCK = [
  {
    itemCode: 'FG-PMP-0150',
    name: 'Centrifugal pump',
    specification: 'DN50, 1.5 kW',
    category: 'finished-goods',
    unit: 'pcs',
    quantity: '24',
  },
  {
    itemCode: 'RM-STL-0304',
    name: 'Stainless steel sheet',
    specification: '304, 2 mm',
    category: 'raw-material',
    unit: 'kg',
    quantity: '1850.5',
  },
  {
    itemCode: 'SP-SEAL-050',
    name: 'Mechanical seal',
    specification: 'for DN50 pumps',
    category: 'spare-part',
    unit: 'pcs',
    quantity: '60',
  },
  {
    itemCode: 'PK-PLT-1210',
    name: 'Wooden pallet',
    specification: '1200 × 1000 mm',
    category: 'packaging',
    unit: 'pcs',
    quantity: '140',
  },
];

/** A handful of stocked items, one per category; existing items keep their quantities. */
export async function seedDemoStock({ dataSource }: DemoDataContext): Promise<void> {
  for (const s of DEMO_STOCK) {
    await dataSource.query(
      `INSERT INTO stock_item (item_code, name, specification, category, unit, quantity_on_hand)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (item_code) DO NOTHING`,
      [s.itemCode, s.name, s.specification, s.category, s.unit, s.quantity],
    );
  }
}
