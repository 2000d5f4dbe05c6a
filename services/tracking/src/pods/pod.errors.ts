import { DomainError } from '@freight/platform';

export class PodNotExpected extends DomainError {
  constructor(waybillNo: string, state: string) {
    super(409, 'pod-not-expected', `the POD of ${waybillNo} is ${state}, not expected`);
  }
}

export class ShipmentNotDelivered extends DomainError {
  constructor(waybillNo: string) {
    super(409, 'not-delivered', `${waybillNo} is not delivered yet: no POD can have come back`);
  }
}

export class PodNotRequired extends DomainError {
  constructor(waybillNo: string) {
    super(409, 'pod-not-required', `the order of ${waybillNo} asks for no return receipt (R14)`);
  }
}

export class BatchNotPrepared extends DomainError {
  constructor(batchId: string, state: string) {
    super(409, 'batch-not-prepared', `return batch ${batchId} is ${state}, not waiting to be sent`);
  }
}
