import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundProblem } from '@freight/platform';
import { branchFilter, canReachBranch } from '../access/access.rules';
import type { Principal } from '../access/principal';
import { OutOfBranchScope } from '../http/gateway.errors';
import type { DownstreamService } from '../proxy/proxied-route';
import { ServiceUnavailable } from '../proxy/proxy.rules';
import { ServiceClient } from '../proxy/service-client';
import type { WaybillView } from './waybill-view.schema';

type Part = { available: true; data: unknown } | { available: false; reason: string };

const fieldOf = (part: Part, field: string): unknown =>
  part.available && part.data !== null && typeof part.data === 'object'
    ? (part.data as Record<string, unknown>)[field]
    : undefined;

/**
 * One waybill from four services, asked at once: the order (order service), its timeline,
 * exceptions and POD custody (tracking), complaints (complaint), charges (billing). A service
 * that is down or failing leaves its part out and says why; the view still answers. Branch scope
 * (R41) comes from the order or the shipment: another branch's waybill is a 404, as for a
 * missing one; the complaint and billing lists are asked for the caller's branch only.
 */
@Injectable()
export class WaybillViewComposer {
  constructor(private readonly services: ServiceClient) {}

  async compose(
    waybillNo: string,
    principal: Principal,
    correlationId: string,
  ): Promise<WaybillView> {
    const call = { principal, correlationId };
    const own = branchFilter(principal);
    const list = (path: string) => `${path}?waybillNo=${waybillNo}${own ? `&branch=${own}` : ''}`;
    const ask = (service: DownstreamService, path: string) =>
      this.services.getJson(service, path, call).then(
        (data): Part => ({ available: true, data }),
        (error): Part => partMissing(service, error),
      );
    const [order, tracking, complaints, charges] = await Promise.all([
      ask('order', `/orders/by-waybill/${waybillNo}`),
      ask('tracking', `/waybills/${waybillNo}/tracking`),
      ask('complaint', list('/complaints')),
      ask('billing', list('/charges')),
    ]);
    const known = [order, tracking].some((p) => p.available && p.data !== null);
    const told = [order, tracking].every((p) => p.available);
    if (!known && told) throw new NotFoundProblem(`no waybill ${waybillNo}`);
    const branch = (fieldOf(order, 'branch') ?? fieldOf(tracking, 'branch') ?? null) as
      string | null;
    if (branch === null && own !== null) throw new ServiceUnavailable('order'); // whose it is, unknown
    if (branch !== null && !canReachBranch(principal, branch)) throw new OutOfBranchScope();
    return {
      waybillNo,
      branch,
      parts: { order, tracking, complaints, charges } as WaybillView['parts'],
    };
  }
}

/** A service's failure as the part's reason; its 404 is an answer: nothing for this waybill. */
function partMissing(service: DownstreamService, error: unknown): Part {
  if (error instanceof NotFoundProblem) return { available: true, data: null };
  if (error instanceof DomainError)
    return { available: false, reason: error.detail ?? error.message };
  return { available: false, reason: `the ${service} service could not answer` };
}
