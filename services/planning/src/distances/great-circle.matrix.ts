import type { DistanceMatrix, LatLng } from '../plans/plan.model';
import { DistanceMatrixPort } from './distance-matrix.port';

const EARTH_RADIUS_M = 6_371_008.8;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function greatCircleMetres(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * An APPROXIMATION of road distances (decision 0092): the great-circle distance × a road factor
 * (1.3 by default: city roads are rarely straight), driven at an average speed. Good enough to
 * order stops and count vehicles; a routing server (OSRM) gives real roads and one-way streets.
 */
export class GreatCircleMatrix extends DistanceMatrixPort {
  constructor(
    private readonly roadFactor: number,
    private readonly averageSpeedKmh: number,
  ) {
    super();
  }

  get source(): string {
    return `great-circle×${this.roadFactor}`;
  }

  async matrix(points: LatLng[]): Promise<DistanceMatrix> {
    const metres = points.map((a) =>
      points.map((b) => Math.round(greatCircleMetres(a, b) * this.roadFactor)),
    );
    const metresPerSecond = this.averageSpeedKmh / 3.6;
    return {
      metres,
      seconds: metres.map((row) => row.map((m) => Math.round(m / metresPerSecond))),
      source: this.source,
    };
  }
}
