import type { LatLng } from './plan.model';
import type { Plan } from './plan.entity';

// The plan as a picture a dispatcher reads at a glance (issue 25 item 5): every route in its
// colour from the depot through its numbered stops and back, on the stops' coordinates
// (an equirectangular projection, true enough across one city), unserved jobs as grey crosses,
// and a legend with each vehicle's stops, km and empty km. Hand-written SVG: no map tiles
// (nothing outside the platform is fetched), readable in any browser.

const WIDTH = 960;
const MAP_HEIGHT = 640;
const MARGIN = 40;
const LEGEND_ROW = 22;

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function projection(points: LatLng[]) {
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const [minLat, maxLat, minLng, maxLng] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lngs),
    Math.max(...lngs),
  ];
  const midLat = (minLat + maxLat) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * xScale, 1e-3);
  const spanY = Math.max(maxLat - minLat, 1e-3);
  const scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (MAP_HEIGHT - 2 * MARGIN) / spanY);
  const offsetX = (WIDTH - spanX * scale) / 2;
  const offsetY = (MAP_HEIGHT - spanY * scale) / 2;
  return (p: LatLng) => ({
    x: Math.round((offsetX + (p.lng - minLng) * xScale * scale) * 10) / 10,
    y: Math.round((offsetY + (maxLat - p.lat) * scale) * 10) / 10,
  });
}

export function planMapSvg(plan: Plan, depot: LatLng, unservedAt: Map<string, LatLng>): string {
  const stops = plan.routes.flatMap((r) => r.stops.map((s) => s.location));
  const at = projection([depot, ...stops, ...unservedAt.values()]);
  const home = at(depot);
  const parts: string[] = [];
  for (const route of plan.routes) {
    const path = [home, ...route.stops.map((s) => at(s.location)), home]
      .map((p) => `${p.x},${p.y}`)
      .join(' ');
    parts.push(
      `<polyline class="route" data-vehicle="${escape(route.vehicleId)}" points="${path}" fill="none" stroke="${route.colour}" stroke-width="3" stroke-linejoin="round" opacity="0.85"/>`,
    );
    for (const stop of route.stops) {
      const p = at(stop.location);
      const shape =
        stop.kind === 'pickup'
          ? `<circle cx="${p.x}" cy="${p.y}" r="10"`
          : `<rect x="${p.x - 9}" y="${p.y - 9}" width="18" height="18"`;
      parts.push(
        `<g class="stop" data-job="${escape(stop.jobId)}">${shape} fill="${route.colour}" stroke="#fff" stroke-width="2"/>` +
          `<text x="${p.x}" y="${p.y + 4}" text-anchor="middle" font-size="11" fill="#fff">${stop.seq}</text>` +
          `<title>${escape(`${stop.seq}. ${stop.kind} ${stop.waybillNo} ${stop.name} ${stop.arrivalAt}`)}</title></g>`,
      );
    }
  }
  for (const u of plan.unserved) {
    const location = unservedAt.get(u.jobId);
    if (!location) continue;
    const p = at(location);
    parts.push(
      `<g class="unserved" data-job="${escape(u.jobId)}"><path d="M${p.x - 7},${p.y - 7}L${p.x + 7},${p.y + 7}M${p.x - 7},${p.y + 7}L${p.x + 7},${p.y - 7}" stroke="#888" stroke-width="3"/><title>${escape(`${u.waybillNo}: ${u.detail}`)}</title></g>`,
    );
  }
  parts.push(
    `<rect class="depot" x="${home.x - 11}" y="${home.y - 11}" width="22" height="22" fill="#222"/><text x="${home.x}" y="${home.y - 15}" text-anchor="middle" font-size="12">${escape(plan.branch)} depot</text>`,
  );
  const legend = plan.routes.map((r, i) => {
    const y = MAP_HEIGHT + 40 + i * LEGEND_ROW;
    return `<rect x="${MARGIN}" y="${y - 12}" width="24" height="6" fill="${r.colour}"/><text x="${MARGIN + 32}" y="${y - 6}" font-size="13">${escape(`${r.vehicleName}: ${r.stops.length} stops, ${r.km} km (${r.emptyKm} empty)`)}</text>`;
  });
  if (plan.unserved.length > 0)
    legend.push(
      `<text x="${MARGIN}" y="${MAP_HEIGHT + 40 + plan.routes.length * LEGEND_ROW}" font-size="13" fill="#666">✕ unserved: ${plan.unserved.length}</text>`,
    );
  const height = MAP_HEIGHT + 50 + (plan.routes.length + 1) * LEGEND_ROW;
  const title = `${plan.branch} ${plan.planDate} — revision ${plan.revision}${plan.stale ? ' (stale)' : ''}: ${plan.summary.vehicles} vehicles, ${plan.summary.km} km, ${plan.summary.emptyKm} km empty`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif">`,
    `<rect width="100%" height="100%" fill="#fafaf7"/>`,
    `<text x="${MARGIN}" y="24" font-size="16" font-weight="bold">${escape(title)}</text>`,
    ...parts,
    ...legend,
    '</svg>',
  ].join('\n');
}
