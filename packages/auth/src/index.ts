export * from "./permissions";
export * from "./passwords";
export type { AuthHooks, AuthSettings, RequestMeta, SessionClaims, SessionGrant } from "./next-auth";
export { readSessionClaims } from "./next-auth";
export { sessionCookieName } from "./next-auth";
export { addressBucket, clientAddress, peerAddressHeader } from "./client-address";
