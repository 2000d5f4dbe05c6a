// The warehouse service's internal HTTP API as the gateway forwards and documents it (R27–R38):
// one file per desk under ./warehouse, gathered in WarehouseHttp.
export * from './warehouse/index';
