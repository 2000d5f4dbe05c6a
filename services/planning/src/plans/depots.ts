import { DEMO_BRANCHES } from '@freight/contracts';
import type { PlanningConfig } from '../config';
import type { LatLng } from './plan.model';

/** Each branch's depot (R40: vehicles start and end there): BRANCH_DEPOTS, else the demo cast's. */
export function depotsOf(config: Pick<PlanningConfig, 'BRANCH_DEPOTS'>): Map<string, LatLng> {
  if (!config.BRANCH_DEPOTS) return new Map(DEMO_BRANCHES.map((b) => [b.code, b.depot]));
  return new Map(
    config.BRANCH_DEPOTS.split(';').map((entry) => {
      const [code, at] = entry.split(':');
      const [lat, lng] = at.split(',').map(Number);
      return [code, { lat, lng }];
    }),
  );
}
