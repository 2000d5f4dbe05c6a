import { GreatCircleMatrix, greatCircleMetres } from './great-circle.matrix';

describe('issue 25 item 3: the great-circle approximation of road distances', () => {
  const shanghai = { lat: 31.2304, lng: 121.4737 };
  const pudong = { lat: 31.2711, lng: 121.6003 };

  it('measures the great circle (Shanghai centre to Jinqiao ≈ 12.9 km)', () => {
    expect(Math.round(greatCircleMetres(shanghai, pudong) / 100) / 10).toBe(12.9);
  });

  it('multiplies by the road factor and drives at the average speed, and says so', async () => {
    const matrix = await new GreatCircleMatrix(1.3, 30).matrix([shanghai, pudong]);
    const straight = greatCircleMetres(shanghai, pudong);
    expect(matrix.metres[0][1]).toBe(Math.round(straight * 1.3));
    expect(matrix.seconds[0][1]).toBe(Math.round(matrix.metres[0][1] / (30 / 3.6)));
    expect(matrix.metres[1][1]).toBe(0);
    expect(matrix.source).toBe('great-circle×1.3');
  });
});
