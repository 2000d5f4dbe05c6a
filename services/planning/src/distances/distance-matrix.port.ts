import type { DistanceMatrix, LatLng } from '../plans/plan.model';

/**
 * Where road distances and travel times come from (issue 25 item 3): the great-circle
 * approximation by default, a routing server (OSRM) when configured. Point 0 is the depot.
 */
export abstract class DistanceMatrixPort {
  abstract matrix(points: LatLng[]): Promise<DistanceMatrix>;
}
