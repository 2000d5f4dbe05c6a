// The services' internal HTTP APIs, as the gateway forwards and documents them: one file per
// service, request and answer schemas (docs/adding-a-domain-feature.md).
export * from './common';
export * from './scheduler';
