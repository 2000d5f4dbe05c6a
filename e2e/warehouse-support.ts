import { expectStatus, type WarehouseWorld } from './warehouse-world';

// Steps several warehouse acceptance tests share, each through the gateway as the role the rule
// names.

/** R27: finished goods into stock through the whole inbound procedure. */
export async function receiveFinishedGoods(
  world: WarehouseWorld,
  item: { code: string; name: string; specification?: string; unitPriceMinor: number },
  quantity: number,
) {
  const slip = expectStatus(
    await world.as('workshop-director').post('/inbound-slips', {
      receivingUnit: '一车间',
      slipDate: '2025-03-10',
      lines: [
        {
          drawingNo: item.code,
          name: item.name,
          specification: item.specification ?? '',
          quantity,
          unitPriceMinor: item.unitPriceMinor,
          amountMinor: quantity * item.unitPriceMinor,
          labourHours: quantity * 3,
        },
      ],
    }),
    201,
  ).body;
  expectStatus(
    await world.as('workshop-director').post(`/approvals/${slip.approvalId}/approve`),
    200,
  );
  expectStatus(
    await world.as('qc-inspector').post(`/inbound-slips/${slip.id}/inspection`, {
      result: 'passed',
      reportNo: `QC-${slip.id}`,
    }),
    200,
  );
  return expectStatus(
    await world
      .as('warehouse-keeper')
      .post(`/inbound-slips/${slip.id}/receipt`, { goodsChecked: true, certificateChecked: true }),
    200,
  ).body;
}

/** R29 step one: QC clears goods for sale. */
export async function qcClearance(world: WarehouseWorld, itemCode: string, quantity: number) {
  return expectStatus(
    await world.as('qc-inspector').post('/qc-clearances', {
      itemCode,
      quantity,
      result: 'passed',
      reportNo: `QC-${itemCode}-${quantity}`,
    }),
    201,
  ).body;
}

/** R35: the acceptance notice the purchaser filled in, stamped by QC — ready to receive. */
export async function inspectedNotice(world: WarehouseWorld, itemCode: string, quantity: number) {
  const notice = expectStatus(
    await world.as('warehouse-keeper').post('/purchase-receipts', {
      noticeNo: `YS-${itemCode}-${quantity}`,
      supplier: '宝钢不锈',
      purchaser: '王芳',
      lines: [{ itemCode, quantity }],
    }),
    201,
  ).body;
  expectStatus(
    await world.as('qc-inspector').post(`/purchase-receipts/${notice.id}/inspection`, {
      result: 'passed',
      reportNo: `QC-${notice.id}`,
    }),
    200,
  );
  return notice;
}

/** R35: material bought and received against its invoice (acceptance notice, QC stamp, receipt). */
export async function purchase(
  world: WarehouseWorld,
  itemCode: string,
  quantity: number,
  unitPriceMinor: number,
) {
  const notice = await inspectedNotice(world, itemCode, quantity);
  return expectStatus(
    await world.as('warehouse-keeper').post(`/purchase-receipts/${notice.id}/receipt`, {
      invoice: {
        invoiceNo: `INV-${notice.id}`,
        invoiceDate: '2025-03-10',
        lines: [{ itemCode, unitPriceMinor }],
      },
    }),
    200,
  ).body;
}

/** Approves an approval as `role` and returns the decision. */
export async function approve(
  world: WarehouseWorld,
  role: string,
  approvalId: string,
  note?: string,
) {
  return expectStatus(
    await world.as(role).post(`/approvals/${approvalId}/approve`, note ? { note } : {}),
    200,
  ).body;
}

/** Finance's gate pass for a form, with the payment when it is a sale. */
export async function gatePass(world: WarehouseWorld, type: string, id: string, payment?: object) {
  return expectStatus(
    await world
      .as('finance')
      .post('/gate-passes', { document: { type, id }, ...(payment ? { payment } : {}) }),
    201,
  ).body;
}
