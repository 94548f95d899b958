import { describe, expect, it } from "vitest";
import { ConfigError, parseServerConfig } from "./server-config.ts";

describe("SPANLIGHT_ALLOW_SIGNUP", () => {
  it("defaults to the first account only, and true/false open or close sign-up", () => {
    expect(parseServerConfig({}).signupPolicy).toBe("first-account");
    expect(parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "" }).signupPolicy).toBe("first-account");
    expect(parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "true" }).signupPolicy).toBe("open");
    expect(parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "1" }).signupPolicy).toBe("open");
    expect(parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "false" }).signupPolicy).toBe("closed");
    expect(parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "0" }).signupPolicy).toBe("closed");
  });

  it("refuses anything else, naming the variable", () => {
    expect(() => parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "yes" })).toThrow(ConfigError);
    expect(() => parseServerConfig({ SPANLIGHT_ALLOW_SIGNUP: "yes" })).toThrow(
      /SPANLIGHT_ALLOW_SIGNUP: must be true or false/,
    );
  });
});
