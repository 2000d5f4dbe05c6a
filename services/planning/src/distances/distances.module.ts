import { Global, Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@freight/platform';
import type { PlanningConfig } from '../config';
import { DistanceMatrixPort } from './distance-matrix.port';
import { GreatCircleMatrix } from './great-circle.matrix';
import { OsrmMatrix } from './osrm.matrix';

/** The distance-matrix port, wired from DISTANCE_PROVIDER (great-circle or osrm). */
@Global()
@Module({
  providers: [
    {
      provide: DistanceMatrixPort,
      inject: [SERVICE_CONFIG],
      useFactory: (config: PlanningConfig) => {
        const greatCircle = new GreatCircleMatrix(config.ROAD_FACTOR, config.AVERAGE_SPEED_KMH);
        return config.DISTANCE_PROVIDER === 'osrm'
          ? new OsrmMatrix(
              config.OSRM_URL,
              config.OSRM_PROFILE,
              config.OSRM_TIMEOUT_MS,
              greatCircle,
            )
          : greatCircle;
      },
    },
  ],
  exports: [DistanceMatrixPort],
})
export class DistancesModule {}
