// What each desk's home will hold once its service lands (phase 2). A panel names what will be
// there, the rules it serves and the folder its forms go in — never made-up data. Phase 2 gives
// an entry a page in ./registry.ts; the home then links to it instead of showing the placeholder.

/** The folders under src/desks/ where phase 2 writes each service's forms (see README.md there). */
export type Desk =
  'caller' | 'order' | 'complaint' | 'tracking' | 'billing' | 'warehouse' | 'planning' | 'reports';

export interface Phase2Panel {
  title: { en: string; zh: string };
  /** what the panel will show or let the user do */
  what: { en: string; zh: string };
  rules: string[];
  desk: Desk;
}

const panel = (
  en: string,
  zh: string,
  whatEn: string,
  whatZh: string,
  rules: string[],
  desk: Desk,
): Phase2Panel => ({ title: { en, zh }, what: { en: whatEn, zh: whatZh }, rules, desk });

export const PHASE2 = {
  'new-call': panel(
    'New call',
    '新来电',
    'Log the call — caller, phone, waybill, what they want — with its 5-minute answer clock; turn it into a cargo lookup, a complaint or an inquiry.',
    '登记来电（来电人、电话、运单号、诉求），5 分钟答复计时；转为查货、投诉或询价。',
    ['R12', 'R15', 'R16'],
    'complaint',
  ),
  'caller-story': panel(
    "The caller's story",
    '来电客户全景',
    'Search by phone, waybill or customer: the customer file, open inquiries and quotes, orders with their timelines, exceptions, PODs, complaints, charges and statements, each with its deadline.',
    '按电话、运单号或客户查找：客户档案、未结询价与报价、订单及轨迹、异常、回单、投诉、费用与对账单，各带时限。',
    ['R1', 'R6', 'R12'],
    'caller',
  ),
  'new-inquiry': panel(
    'New quote inquiry',
    '新询价',
    'Inquiry → quote (answered within 8 hours) → order → waybill and label print.',
    '询价 → 报价（8 小时内答复）→ 下单 → 打印运单与标签。',
    ['R2', 'R3', 'R4', 'R5'],
    'order',
  ),
  'my-day': panel(
    'My day',
    '我的日报',
    'Calls, inquiries, orders and complaints you handled today, as the daily work report; CSV/XLSX download.',
    '今日处理的来电、询价、订单与投诉（工作日报），可下载 CSV/XLSX。',
    ['R10'],
    'reports',
  ),
  reassign: panel(
    'Reassign escalated work',
    '改派升级事项',
    "Hand an unanswered quote inquiry to another agent of the branch, with its clock and the levels it reached; complaints move to the roster's person as they climb.",
    '将未答复的询价改派给本分公司其他客服（显示时限与已升级级别）；投诉在升级时按值班表转交。',
    ['R3', 'R17', 'R39'],
    'order',
  ),
  'monthly-reports': panel(
    'Monthly reports',
    '月度报表',
    'Daily volume, monthly complaints, fines and operations statistics as charts, with CSV/XLSX download.',
    '日发货量、月度投诉、罚款与经营统计图表，可下载 CSV/XLSX。',
    ['R7', 'R20', 'R21', 'R26'],
    'reports',
  ),
  'complaint-register': panel(
    'Complaint register',
    '投诉登记簿',
    "Each complaint's cause, what the customer asks, the steps taken and the reply; HQ keeps a copy of every branch's.",
    '每宗投诉的原因、客户诉求、处理步骤与答复；总部保存各分公司副本。',
    ['R17', 'R18'],
    'complaint',
  ),
  exceptions: panel(
    'Exceptions',
    '异常处理',
    'Delays, damage, shortages, wrong deliveries and refusals, who handles each and its deadline.',
    '延误、破损、短少、错送与拒收，各自的处理人与时限。',
    ['R13'],
    'tracking',
  ),
  'pod-custody': panel(
    'Return receipts (POD)',
    '回单管理',
    'Signed PODs received, checked, filed and handed on, each with its deadline.',
    '签收回单的接收、核对、归档与移交，各带时限。',
    ['R14'],
    'tracking',
  ),
  'shipment-tracking': panel(
    'Shipments on the road',
    '在途运单',
    'What dispatch reported for each shipment: picked up, in transit, arrived, delivered.',
    '调度系统回传的各运单节点：已提货、在途、到达、签收。',
    ['R11'],
    'tracking',
  ),
  'orders-to-acknowledge': panel(
    'Orders to acknowledge',
    '待确认订单',
    'Orders the desk placed, to check and acknowledge, with their waybills and labels.',
    '客服录入的订单，待核对确认，含运单与标签。',
    ['R4', 'R5'],
    'order',
  ),
  'statements-to-check': panel(
    'Statements to check',
    '待核对对账单',
    "Each customer's month of shipments and charges: check, send for confirmation, credit notes.",
    '各客户当月运单与费用：核对、发送确认、开具红字冲销。',
    ['R24', 'R25'],
    'billing',
  ),
  receivables: panel(
    'Receivables and payments',
    '应收与收款',
    'What each customer still owes, confirmations, credit notes and payments; retail sales paid before release.',
    '各客户欠款、确认、冲销与收款；零售先款后货。',
    ['R25', 'R30'],
    'billing',
  ),
  'pickup-planning': panel(
    'Pickup and delivery planning',
    '提送货计划',
    "The day's pickups and deliveries planned into vehicle routes.",
    '当日提货与送货排成车辆线路。',
    ['R40'],
    'planning',
  ),
  'inbound-slips': panel(
    'Inbound slips',
    '入库单',
    "Finished goods and purchased materials coming in against QC's inspection.",
    '凭质检结果办理成品与外购材料入库。',
    ['R27', 'R35'],
    'warehouse',
  ),
  'outbound-slips': panel(
    'Outbound slips and gate passes',
    '出库单与出门证',
    'Goods out for sale, after-sales and processing, and the gate pass the guard checks.',
    '销售、售后与外协发出，以及门卫查验的出门证。',
    ['R29', 'R32', 'R34', 'R37'],
    'warehouse',
  ),
  returns: panel(
    'Returns',
    '退货',
    'Returns booked back in the month they come back, after QC has inspected them.',
    '退货经质检后于当月入账。',
    ['R31'],
    'warehouse',
  ),
  stock: panel(
    'Stock',
    '库存',
    'Stock by category and place, stacking limits and the monthly count.',
    '按类别与库位的库存、堆码限制与月度盘点。',
    ['R28'],
    'warehouse',
  ),
  inspections: panel(
    'Inspections',
    '质检',
    'Goods waiting for QC: finished goods in, goods out for sale, returns; acceptance notices.',
    '待检货物：成品入库、销售出库、退货；验收通知单。',
    ['R27', 'R29', 'R31', 'R35'],
    'warehouse',
  ),
  approvals: panel(
    'Approvals',
    '审批',
    "After-sales replacements, materials for outside sale and prices below the floor, waiting for the general manager's approval.",
    '售后换货、对外销售材料与低于底价的销售，待总经理审批。',
    ['R30', 'R32', 'R37'],
    'warehouse',
  ),
  fines: panel(
    'Fines',
    '罚款',
    "The month's complaint fines and assessment fines, by person and branch.",
    '当月投诉罚款与考核罚款，按人员与分公司。',
    ['R21', 'R38'],
    'reports',
  ),
  'monthly-statistics': panel(
    'Monthly statistics',
    '月度经营统计',
    'Volume, revenue, on-time rate, exception rate and complaints by branch, as charts.',
    '各分公司货量、收入、准时率、异常率与投诉图表。',
    ['R26'],
    'reports',
  ),
  'service-star': panel(
    'Service star of the month',
    '月度服务之星',
    "Staff's and customers' votes for the branch's best, and the month's result.",
    '员工与客户投票评选本分公司月度服务之星及结果。',
    ['R22'],
    'complaint',
  ),
  'all-branches': panel(
    'All branches',
    '各分公司概况',
    "Every branch's open work side by side: inquiries, complaints, exceptions, statements.",
    '各分公司未结事项并列：询价、投诉、异常、对账。',
    ['R41'],
    'reports',
  ),
  'gate-passes': panel(
    'Gate passes to check',
    '出门证查验',
    'Gate passes of the goods leaving today, checked against the outbound slips.',
    '今日出门货物的出门证，与出库单核对。',
    ['R29', 'R37'],
    'warehouse',
  ),
  requisitions: panel(
    'Requisitions',
    '领料单',
    'Requisitions for production and for processors, against the production plan.',
    '依生产计划的生产领料与外协领料。',
    ['R34', 'R36'],
    'warehouse',
  ),
} satisfies Record<string, Phase2Panel>;

export type Phase2Id = keyof typeof PHASE2;

export const isPhase2Id = (id: string): id is Phase2Id => id in PHASE2;
