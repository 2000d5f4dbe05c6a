// The services' internal HTTP APIs, as the gateway forwards and documents them: one file per
// service, request and answer schemas (docs/adding-a-domain-feature.md).
export * from './common';
export * from './billing';
export * from './complaint';
export * from './order';
export * from './planning';
export * from './scheduler';
export * from './tracking';
export * from './warehouse';
