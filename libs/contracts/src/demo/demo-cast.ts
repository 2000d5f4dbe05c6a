// The demo cast every service's demo data refers to by value (ids, codes, phones), so `npm
// start` shows the same branches, customers and waybills on every desk. Invented companies;
// phone numbers and mail domains are not real. Coordinates are real places (WGS 84).

export interface DemoBranch {
  code: string;
  name: string;
  city: string;
  /** the branch's depot: where its vehicles start and end (R40) */
  depot: { lat: number; lng: number };
}

export const DEMO_BRANCHES: readonly DemoBranch[] = [
  { code: 'SH01', name: 'Shanghai Hub', city: '上海市', depot: { lat: 31.2304, lng: 121.4737 } },
  {
    code: 'GZ01',
    name: 'Guangzhou Branch',
    city: '广州市',
    depot: { lat: 23.1291, lng: 113.2644 },
  },
  { code: 'WH01', name: 'Wuhan Branch', city: '武汉市', depot: { lat: 30.5928, lng: 114.3055 } },
];

/** HQ is not an operating branch: it hosts the company-wide roles. */
export const DEMO_HQ = { code: 'HQ', name: 'Headquarters Customer Service Centre' } as const;

export interface DemoCustomer {
  customerId: string;
  branch: string;
  company: string;
  contact: { name: string; phone: string; email: string };
  address: {
    province: string;
    city: string;
    district: string;
    street: string;
    coordinates: { lat: number; lng: number };
  };
  billingTerms: { kind: 'monthly' | 'cash'; creditDays: number };
  /** the kind of cargo it ships, for demo orders */
  cargo: { description: string; dangerousGoodsClass: 'none' | '3' | '8' | '9'; packaging: string };
}

const sh = (district: string, street: string, lat: number, lng: number) => ({
  province: '上海市',
  city: '上海市',
  district,
  street,
  coordinates: { lat, lng },
});
const gz = (district: string, street: string, lat: number, lng: number) => ({
  province: '广东省',
  city: '广州市',
  district,
  street,
  coordinates: { lat, lng },
});
const wh = (district: string, street: string, lat: number, lng: number) => ({
  province: '湖北省',
  city: '武汉市',
  district,
  street,
  coordinates: { lat, lng },
});

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    customerId: 'CUST-SH-0001',
    branch: 'SH01',
    company: '华阳精细化工(上海)有限公司',
    contact: { name: '李伟', phone: '13800001001', email: 'li.wei@huayang-chem.example' },
    address: sh('闵行区', '华宁路 88 号', 31.0246, 121.4129),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: { description: '涂料 paint', dangerousGoodsClass: '3', packaging: 'drums' },
  },
  {
    customerId: 'CUST-SH-0002',
    branch: 'SH01',
    company: '浦东精密零件有限公司',
    contact: { name: '张敏', phone: '13800001002', email: 'zhang.min@pudong-parts.example' },
    address: sh('浦东新区', '金桥路 1200 号', 31.2711, 121.6003),
    billingTerms: { kind: 'cash', creditDays: 0 },
    cargo: {
      description: '机械零件 machine parts',
      dangerousGoodsClass: 'none',
      packaging: 'crates',
    },
  },
  {
    customerId: 'CUST-SH-0003',
    branch: 'SH01',
    company: '申通电子元件有限公司',
    contact: { name: '王芳', phone: '13800001003', email: 'wang.fang@shentong-elec.example' },
    address: sh('嘉定区', '安亭镇墨玉路 18 号', 31.2961, 121.1653),
    billingTerms: { kind: 'monthly', creditDays: 45 },
    cargo: {
      description: '电子元件 electronic components',
      dangerousGoodsClass: 'none',
      packaging: 'cartons',
    },
  },
  {
    customerId: 'CUST-SH-0004',
    branch: 'SH01',
    company: '东海纺织品贸易有限公司',
    contact: { name: '陈静', phone: '13800001004', email: 'chen.jing@donghai-textile.example' },
    address: sh('松江区', '九亭镇沪亭北路 520 号', 31.1335, 121.3261),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: { description: '纺织品 textiles', dangerousGoodsClass: 'none', packaging: 'bales' },
  },
  {
    customerId: 'CUST-SH-0005',
    branch: 'SH01',
    company: '锦江锂电池科技有限公司',
    contact: { name: '刘洋', phone: '13800001005', email: 'liu.yang@jinjiang-battery.example' },
    address: sh('宝山区', '长江西路 2100 号', 31.3898, 121.4329),
    billingTerms: { kind: 'monthly', creditDays: 60 },
    cargo: {
      description: '锂电池 lithium batteries',
      dangerousGoodsClass: '9',
      packaging: 'UN boxes',
    },
  },
  {
    customerId: 'CUST-SH-0006',
    branch: 'SH01',
    company: '黄浦家具制造厂',
    contact: { name: '赵磊', phone: '13800001006', email: 'zhao.lei@huangpu-furniture.example' },
    address: sh('青浦区', '华新镇华腾路 66 号', 31.2167, 121.2192),
    billingTerms: { kind: 'cash', creditDays: 0 },
    cargo: {
      description: '家具 furniture',
      dangerousGoodsClass: 'none',
      packaging: 'wooden frames',
    },
  },
  {
    customerId: 'CUST-SH-0007',
    branch: 'SH01',
    company: '长宁医疗器械有限公司',
    contact: { name: '孙丽', phone: '13800001007', email: 'sun.li@changning-med.example' },
    address: sh('长宁区', '天山路 300 号', 31.2145, 121.3996),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: {
      description: '医疗器械 medical devices',
      dangerousGoodsClass: 'none',
      packaging: 'cartons',
    },
  },
  {
    customerId: 'CUST-GZ-0001',
    branch: 'GZ01',
    company: '珠江日化用品有限公司',
    contact: { name: '黄建国', phone: '13900002001', email: 'huang.jg@zhujiang-daily.example' },
    address: gz('白云区', '太和镇大源北路 12 号', 23.2891, 113.3263),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: {
      description: '清洁剂 cleaning agents',
      dangerousGoodsClass: '8',
      packaging: 'jerrycans',
    },
  },
  {
    customerId: 'CUST-GZ-0002',
    branch: 'GZ01',
    company: '番禺灯饰有限公司',
    contact: { name: '吴海燕', phone: '13900002002', email: 'wu.hy@panyu-lighting.example' },
    address: gz('番禺区', '市桥街环城东路 9 号', 22.9376, 113.3841),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: { description: '灯具 lamps', dangerousGoodsClass: 'none', packaging: 'cartons' },
  },
  {
    customerId: 'CUST-GZ-0003',
    branch: 'GZ01',
    company: '花都皮具制品厂',
    contact: { name: '周勇', phone: '13900002003', email: 'zhou.yong@huadu-leather.example' },
    address: gz('花都区', '狮岭镇盘古路 88 号', 23.4525, 113.1615),
    billingTerms: { kind: 'cash', creditDays: 0 },
    cargo: { description: '皮具 leather goods', dangerousGoodsClass: 'none', packaging: 'cartons' },
  },
  {
    customerId: 'CUST-GZ-0004',
    branch: 'GZ01',
    company: '天河软件外设有限公司',
    contact: { name: '郑晓', phone: '13900002004', email: 'zheng.xiao@tianhe-periph.example' },
    address: gz('天河区', '科韵路 16 号', 23.1264, 113.3755),
    billingTerms: { kind: 'monthly', creditDays: 45 },
    cargo: {
      description: '电脑外设 computer peripherals',
      dangerousGoodsClass: 'none',
      packaging: 'cartons',
    },
  },
  {
    customerId: 'CUST-GZ-0005',
    branch: 'GZ01',
    company: '黄埔汽车配件有限公司',
    contact: { name: '冯涛', phone: '13900002005', email: 'feng.tao@huangpu-auto.example' },
    address: gz('黄埔区', '开发大道 348 号', 23.1063, 113.4592),
    billingTerms: { kind: 'monthly', creditDays: 60 },
    cargo: {
      description: '汽车配件 auto parts',
      dangerousGoodsClass: 'none',
      packaging: 'pallets',
    },
  },
  {
    customerId: 'CUST-GZ-0006',
    branch: 'GZ01',
    company: '荔湾茶叶贸易行',
    contact: { name: '林美玲', phone: '13900002006', email: 'lin.ml@liwan-tea.example' },
    address: gz('荔湾区', '芳村大道中 505 号', 23.0895, 113.2371),
    billingTerms: { kind: 'cash', creditDays: 0 },
    cargo: { description: '茶叶 tea', dangerousGoodsClass: 'none', packaging: 'cartons' },
  },
  {
    customerId: 'CUST-GZ-0007',
    branch: 'GZ01',
    company: '南沙新材料有限公司',
    contact: { name: '何志强', phone: '13900002007', email: 'he.zq@nansha-materials.example' },
    address: gz('南沙区', '黄阁镇汽车城大道 1 号', 22.8067, 113.5358),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: { description: '树脂 resin', dangerousGoodsClass: '3', packaging: 'drums' },
  },
  {
    customerId: 'CUST-WH-0001',
    branch: 'WH01',
    company: '武汉光谷光电有限公司',
    contact: { name: '罗斌', phone: '13700003001', email: 'luo.bin@guanggu-opto.example' },
    address: wh('洪山区', '光谷大道 77 号', 30.4794, 114.4139),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: {
      description: '光纤器件 optical components',
      dangerousGoodsClass: 'none',
      packaging: 'cartons',
    },
  },
  {
    customerId: 'CUST-WH-0002',
    branch: 'WH01',
    company: '汉阳钢构有限公司',
    contact: { name: '梁红', phone: '13700003002', email: 'liang.hong@hanyang-steel.example' },
    address: wh('汉阳区', '龙阳大道 900 号', 30.5522, 114.2148),
    billingTerms: { kind: 'monthly', creditDays: 45 },
    cargo: {
      description: '钢结构件 steel parts',
      dangerousGoodsClass: 'none',
      packaging: 'bundles',
    },
  },
  {
    customerId: 'CUST-WH-0003',
    branch: 'WH01',
    company: '江夏农资有限公司',
    contact: { name: '宋波', phone: '13700003003', email: 'song.bo@jiangxia-agri.example' },
    address: wh('江夏区', '纸坊大街 210 号', 30.3509, 114.322),
    billingTerms: { kind: 'cash', creditDays: 0 },
    cargo: { description: '化肥 fertiliser', dangerousGoodsClass: 'none', packaging: 'sacks' },
  },
  {
    customerId: 'CUST-WH-0004',
    branch: 'WH01',
    company: '东湖生物制药有限公司',
    contact: { name: '唐雪', phone: '13700003004', email: 'tang.xue@donghu-pharma.example' },
    address: wh('东湖高新区', '高新大道 666 号', 30.4706, 114.5027),
    billingTerms: { kind: 'monthly', creditDays: 60 },
    cargo: {
      description: '药品原料 pharmaceutical ingredients',
      dangerousGoodsClass: '8',
      packaging: 'drums',
    },
  },
  {
    customerId: 'CUST-WH-0005',
    branch: 'WH01',
    company: '江岸食品有限公司',
    contact: { name: '许鹏', phone: '13700003005', email: 'xu.peng@jiangan-food.example' },
    address: wh('江岸区', '解放大道 1500 号', 30.6187, 114.3054),
    billingTerms: { kind: 'cash', creditDays: 0 },
    cargo: { description: '食品 packaged food', dangerousGoodsClass: 'none', packaging: 'cartons' },
  },
  {
    customerId: 'CUST-WH-0006',
    branch: 'WH01',
    company: '武昌印务有限公司',
    contact: { name: '邓丽君', phone: '13700003006', email: 'deng.lj@wuchang-print.example' },
    address: wh('武昌区', '中北路 109 号', 30.5621, 114.3439),
    billingTerms: { kind: 'monthly', creditDays: 30 },
    cargo: {
      description: '印刷品 printed matter',
      dangerousGoodsClass: 'none',
      packaging: 'pallets',
    },
  },
];

/** Regions of the demo rate table (lane codes): the three branch cities. */
export const DEMO_REGIONS = { SH: '上海市', GZ: '广州市', WH: '武汉市' } as const;
