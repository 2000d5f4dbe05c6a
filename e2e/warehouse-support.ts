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
