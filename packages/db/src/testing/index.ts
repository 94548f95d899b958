export { basicAuthHeader, seedProjectWithKey } from "./seed.ts";
export { makeNewScore } from "../scores/new-score.fixture.ts";
