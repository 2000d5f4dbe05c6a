import { Logger } from '@nestjs/common';
import type { DistanceMatrix, LatLng } from '../plans/plan.model';
import { DistanceMatrixPort } from './distance-matrix.port';

interface OsrmTable {
  code?: string;
  message?: string;
  distances?: (number | null)[][];
  durations?: (number | null)[][];
}

/** A pair OSRM cannot route between (a point off the road network): never chosen, still finite. */
const UNREACHABLE = { metres: 10_000_000, seconds: 1_000_000 };

/**
 * Road distances and times from an OSRM server's Table service
 * (`GET /table/v1/{profile}/{lng,lat;…}?annotations=distance,duration`). When the server cannot
 * answer, the plan still comes back on the great-circle approximation, and says so in its
 * distance source (decision 0092).
 */
export class OsrmMatrix extends DistanceMatrixPort {
  private readonly logger = new Logger('OsrmMatrix');

  constructor(
    private readonly baseUrl: string,
    private readonly profile: string,
    private readonly timeoutMs: number,
    private readonly fallback: DistanceMatrixPort,
  ) {
    super();
  }

  async matrix(points: LatLng[]): Promise<DistanceMatrix> {
    const coordinates = points.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
    const url = `${this.baseUrl}/table/v1/${this.profile}/${coordinates}?annotations=distance,duration`;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
      const table = (await response.json()) as OsrmTable;
      if (!response.ok || table.code !== 'Ok' || !table.distances || !table.durations)
        throw new Error(
          `OSRM answered ${response.status} ${table.code ?? ''} ${table.message ?? ''}`.trim(),
        );
      const whole = (rows: (number | null)[][], missing: number) =>
        rows.map((row) => row.map((v) => (v === null ? missing : Math.round(v))));
      return {
        metres: whole(table.distances, UNREACHABLE.metres),
        seconds: whole(table.durations, UNREACHABLE.seconds),
        source: 'osrm',
      };
    } catch (error) {
      this.logger.warn(
        `OSRM table failed (${(error as Error).message}): great-circle approximation used`,
      );
      const approximate = await this.fallback.matrix(points);
      return { ...approximate, source: `${approximate.source} (OSRM unavailable)` };
    }
  }
}
