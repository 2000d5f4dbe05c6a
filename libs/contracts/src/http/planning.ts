// The planning service's internal HTTP API as the gateway forwards and documents it: request and
// answer schemas (zod), one export per route's schema. Filled in with the service.
export {};
