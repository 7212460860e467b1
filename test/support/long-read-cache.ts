// Imported before the app by read-cache.e2e-spec.ts: configuration is read when AppModule is first imported, so a
// later assignment in the spec itself would come too late (imports run first) and leave the 1 s default in place.
process.env.READ_CACHE_TTL_MS = '600000';
