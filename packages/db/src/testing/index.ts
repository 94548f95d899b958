export { basicAuthHeader, seedProjectWithKey } from "./seed.ts";
