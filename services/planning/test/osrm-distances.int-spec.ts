import { StubService } from '@freight/testing';
import { GreatCircleMatrix } from '../src/distances/great-circle.matrix';
import { OsrmMatrix } from '../src/distances/osrm.matrix';

// Issue 25 item 3: an OSRM server is used when configured — here a stub of its Table API
// (`GET /table/v1/{profile}/{lng,lat;…}?annotations=distance,duration`).
describe('issue 25 item 3: road distances from an OSRM server', () => {
  let osrm: StubService;
  const points = [
    { lat: 31.2304, lng: 121.4737 },
    { lat: 31.2711, lng: 121.6003 },
  ];

  beforeAll(async () => {
    osrm = await new StubService([
      {
        method: 'GET',
        path: '/table/v1/driving/:coordinates',
        answer: ({ query }) => ({
          status: 200,
          body:
            query.get('annotations') === 'distance,duration'
              ? {
                  code: 'Ok',
                  distances: [
                    [0, 15234.7],
                    [15010.2, null],
                  ],
                  durations: [
                    [0, 1320.4],
                    [1290, null],
                  ],
                }
              : { code: 'InvalidQuery' },
        }),
      },
    ]).start();
  });
  afterAll(() => osrm.stop());

  const adapter = (url: string) =>
    new OsrmMatrix(url, 'driving', 2000, new GreatCircleMatrix(1.3, 30));

  it('asks for distances and durations between the points, longitude first, and reads the table', async () => {
    const matrix = await adapter(osrm.url).matrix(points);
    expect(osrm.requests.at(-1)?.url).toBe(
      '/table/v1/driving/121.473700,31.230400;121.600300,31.271100?annotations=distance,duration',
    );
    // rounded to metres and seconds; a pair OSRM cannot route is never chosen
    expect(matrix).toEqual({
      metres: [
        [0, 15235],
        [15010, 10_000_000],
      ],
      seconds: [
        [0, 1320],
        [1290, 1_000_000],
      ],
      source: 'osrm',
    });
  });

  it('falls back on the great-circle approximation when the server fails, and says so', async () => {
    osrm.answerNext({ status: 500, body: { code: 'Error' } });
    const matrix = await adapter(osrm.url).matrix(points);
    expect(matrix.source).toBe('great-circle×1.3 (OSRM unavailable)');
    expect(matrix.metres[0][1]).toBeGreaterThan(12_000);
  });
});
