// The eight services and their local ports: the gateway on the base port (8080), the others
// after it. One list for `npm start`, the end-to-end tests and the deploy checks.
const SERVICES = [
  'gateway',
  'order',
  'tracking',
  'complaint',
  'billing',
  'warehouse',
  'scheduler',
  'planning',
];

/** @param {number} base the gateway's port */
function servicePorts(base = 8080) {
  const ports = Object.fromEntries(SERVICES.map((name, i) => [name, base + i]));
  // the gateway reaches each service at <NAME>_URL
  const env = Object.fromEntries(
    SERVICES.filter((s) => s !== 'gateway').map((s) => [
      `${s.toUpperCase()}_URL`,
      `http://127.0.0.1:${ports[s]}`,
    ]),
  );
  return { ports, env };
}

module.exports = { SERVICES, servicePorts };
