import { PROXIED_ROUTES } from './index';

describe('the table of proxied routes', () => {
  it('declares each method and path once, across every service', () => {
    // Two services claiming one path (say `GET /fines`) would stop the gateway at start-up.
    const shape = (path: string) => path.replace(/:[^/]+/g, ':param');
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of PROXIED_ROUTES) {
      const key = `${r.method} ${shape(r.path)}`;
      const earlier = seen.get(key);
      if (earlier) clashes.push(`${key}: ${earlier} and ${r.service}`);
      seen.set(key, r.service);
    }
    expect(clashes).toEqual([]);
  });
});
