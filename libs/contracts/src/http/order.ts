// The order service's internal HTTP API as the gateway forwards and documents it: request and
// answer schemas (zod) shared by the service's controllers and the gateway's routes, under one
// name so they never collide with another service's: `OrderHttp.newInquiryBody`.
export * as OrderHttp from './order/index';
