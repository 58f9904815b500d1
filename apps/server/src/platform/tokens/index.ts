// Signed tokens, single use, short codes and QR images: what other modules use.
export { consumeToken } from './consume';
export { shortCodeError, tokenError } from './failures';
export { qrPng, qrSvg } from './qr';
export { qrRoutes } from './routes';
export {
  issueShortCode,
  normalizeShortCode,
  type RedeemResult,
  redeemShortCode,
  type ShortCodeFailure,
} from './short-codes';
export {
  inspectToken,
  type SignTokenInput,
  signToken,
  type TokenData,
  type TokenFailure,
  type TokenPayload,
  type VerifyResult,
  verifyToken,
} from './signed';
