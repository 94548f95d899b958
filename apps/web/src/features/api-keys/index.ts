// The API keys feature's browser-safe surface. Server pages and routes import `./server/*` directly.
export { ApiKeysTable } from "./components/api-keys-table";
export { CreateApiKeyDialog } from "./components/create-api-key-dialog";
export { ZApiKey, ZApiKeyListResponse, ZCreateApiKey, ZCreatedApiKey, ZCreatedApiKeyResponse } from "./contracts";
export type { TApiKey, TCreateApiKey, TCreatedApiKey } from "./contracts";
