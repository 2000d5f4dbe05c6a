import type { DemoDataContext } from '@freight/platform';
import type { BillingTerms, CustomerAddress, CustomerContact } from './customer.entity';

interface DemoCustomer {
  code: string;
  company: string;
  branchCode: string;
  billingTerms: BillingTerms;
  contacts: CustomerContact[];
  addresses: CustomerAddress[];
}

// Invented companies in the two demo branches; phone numbers and e-mail domains are not real.
const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    code: 'SH-C0001',
    company: 'Huayang Fine Chemicals (Shanghai) Co., Ltd.',
    branchCode: 'SH01',
    billingTerms: 'monthly-statement',
    contacts: [{ name: 'Li Wei', phone: '+86 21 5550 0101', email: 'li.wei@huayang-chem.example' }],
    addresses: [{ label: 'plant', address: '88 Huaning Rd, Minhang, Shanghai' }],
  },
  {
    code: 'SH-C0002',
    company: 'Pudong Precision Parts Ltd.',
    branchCode: 'SH01',
    billingTerms: 'prepaid',
    contacts: [{ name: 'Zhang Min', phone: '+86 21 5550 0202' }],
    addresses: [{ label: 'warehouse', address: '1200 Jinqiao Rd, Pudong, Shanghai' }],
  },
  {
    code: 'SH-C0003',
    company: 'Songjiang Textile Trading Co.',
    branchCode: 'SH01',
    billingTerms: 'freight-collect',
    contacts: [
      { name: 'Chen Jing', phone: '+86 21 5550 0303', email: 'chen.jing@sj-textile.example' },
    ],
    addresses: [{ label: 'office', address: '35 Zhongshan Rd, Songjiang, Shanghai' }],
  },
  {
    code: 'GZ-C0001',
    company: 'Pearl River Electronics Manufacturing Co.',
    branchCode: 'GZ01',
    billingTerms: 'monthly-statement',
    contacts: [
      { name: 'Huang Tao', phone: '+86 20 5550 0404', email: 'huang.tao@pearl-elec.example' },
    ],
    addresses: [{ label: 'factory', address: '9 Kexue Ave, Huangpu, Guangzhou' }],
  },
  {
    code: 'GZ-C0002',
    company: 'Baiyun Furniture Works',
    branchCode: 'GZ01',
    billingTerms: 'prepaid',
    contacts: [{ name: 'Liang Fang', phone: '+86 20 5550 0505' }],
    addresses: [{ label: 'showroom', address: '210 Airport Rd, Baiyun, Guangzhou' }],
  },
];

/** R1 demo customers in SH01 and GZ01; existing accounts are left as they are. */
export async function seedDemoCustomers({ dataSource }: DemoDataContext): Promise<void> {
  for (const c of DEMO_CUSTOMERS) {
    await dataSource.query(
      `INSERT INTO customer (code, company, branch_code, billing_terms, contacts, addresses)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO NOTHING`,
      [
        c.code,
        c.company,
        c.branchCode,
        c.billingTerms,
        JSON.stringify(c.contacts),
        JSON.stringify(c.addresses),
      ],
    );
  }
}
