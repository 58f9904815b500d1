// Rate limits that hold across server processes: the app registers the plugin; routes opt in with
// `config: { rateLimit: { max, timeWindow } }`.
export { default as rateLimitPlugin, type RateLimitStoreKind, rateLimitStoreKind } from './plugin';
export { purgeEndedRateLimitWindows } from './purge';
