#!/usr/bin/env node
// `npm run contracts:asyncapi`: regenerates docs/asyncapi.yaml from the contract registry.
// libs/contracts/src/asyncapi/asyncapi.spec.ts fails while the checked-in file is stale.
require('./require-ts');
const fs = require('node:fs');
const path = require('node:path');
const { contractRegistry, renderAsyncApiYaml } = require('../src/index.ts');

const target = path.resolve(__dirname, '../../../docs/asyncapi.yaml');
fs.writeFileSync(target, renderAsyncApiYaml(contractRegistry));
console.log(
  `wrote ${path.relative(process.cwd(), target)} (${contractRegistry.contracts.length} event contracts)`,
);
