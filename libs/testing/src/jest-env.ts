// Jest setupFiles for every project (unit too): environment only, no I/O, nothing that can fail.

// kafkajs warns about its default partitioner on every producer it creates.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
