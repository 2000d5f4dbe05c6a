import type { WarehouseItemCategory } from '@freight/contracts';

// The warehouse's demo catalogue (R27, R28, R30): a pump maker's finished goods, the steel and
// parts it buys, and the pallets it ships on. Prices in fen, ex-tax.

export interface DemoItem {
  code: string;
  category: WarehouseItemCategory;
  name: string;
  specification: string;
  unit: string;
  standardLabourHours?: number;
  standardPriceMinor?: number;
  minimumPriceMinor?: number;
}

export const DEMO_ITEMS: DemoItem[] = [
  {
    code: 'FG-PMP-0150',
    category: 'finished-goods',
    name: '离心泵 Centrifugal pump',
    specification: 'DN50, 1.5 kW',
    unit: 'pcs',
    standardLabourHours: 3,
    standardPriceMinor: 125_000,
    minimumPriceMinor: 160_000,
  },
  {
    code: 'FG-PMP-0080',
    category: 'finished-goods',
    name: '小型离心泵 Small centrifugal pump',
    specification: 'DN25, 0.75 kW',
    unit: 'pcs',
    standardLabourHours: 2,
    standardPriceMinor: 68_000,
    minimumPriceMinor: 88_000,
  },
  {
    code: 'RM-STL-0304',
    category: 'raw-material',
    name: '不锈钢板 Stainless steel sheet',
    specification: '304, 2 mm',
    unit: 'kg',
  },
  {
    code: 'RM-STL-0045',
    category: 'raw-material',
    name: '圆钢 Steel bar',
    specification: '45#, Ø40',
    unit: 'kg',
  },
  {
    code: 'SP-SEAL-050',
    category: 'spare-part',
    name: '机械密封 Mechanical seal',
    specification: 'for DN50 pumps',
    unit: 'pcs',
  },
  {
    code: 'SP-BRG-6205',
    category: 'spare-part',
    name: '轴承 Bearing',
    specification: '6205-2RS',
    unit: 'pcs',
  },
  {
    code: 'SP-SHF-0150',
    category: 'spare-part',
    name: '泵轴 Pump shaft',
    specification: 'heat treated, DN50',
    unit: 'pcs',
  },
  {
    code: 'PK-PLT-1210',
    category: 'packaging',
    name: '木托盘 Wooden pallet',
    specification: '1200 × 1000 mm',
    unit: 'pcs',
  },
];
