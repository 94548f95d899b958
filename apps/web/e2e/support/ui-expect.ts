import { expect as baseExpect } from "@playwright/test";

/**
 * UI assertions wait longer than Playwright's 5 s default: the suite runs a production Next server
 * on 2-core CI machines next to other work, and a server render there was seen to take over 5 s.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });
