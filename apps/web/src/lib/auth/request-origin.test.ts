import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

function request(url: string, headers: Record<string, string>): Request {
  return new Request(url, { headers });
}

describe("requestOrigin", () => {
  it("is the scheme and Host the request arrived with, whatever address that is", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "192.168.1.20:3000", "spanlight-box:3000", "[::1]:3000"]) {
      expect(requestOrigin(request(`http://${host}/api/auth/sign-in/email`, { host }), { trustProxy: false })).toBe(
        `http://${host}`,
      );
    }
  });

  it("ignores X-Forwarded-* unless the proxy is trusted", () => {
    const behindProxy = request("http://10.0.0.5:3000/api/auth/sign-in/email", {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "spanlight.example.com",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(behindProxy, { trustProxy: false })).toBe("http://10.0.0.5:3000");
    expect(requestOrigin(behindProxy, { trustProxy: true })).toBe("https://spanlight.example.com");
  });

  it("takes the first hop of a proxy chain", () => {
    const chained = request("http://10.0.0.5:3000/", {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "a.example.com, b.internal",
      "x-forwarded-proto": "https, http",
    });
    expect(requestOrigin(chained, { trustProxy: true })).toBe("https://a.example.com");
  });

  it("drops a default port as browsers do in Origin", () => {
    const proxied = request("http://10.0.0.5:3000/", {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "spanlight.example.com:443",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(proxied, { trustProxy: true })).toBe("https://spanlight.example.com");
  });

  it("refuses what is not a plain host", () => {
    const odd = (host: string) =>
      requestOrigin(request("http://localhost:3000/", { "x-forwarded-host": host }), { trustProxy: true });
    expect(odd("evil.example/path")).toBeNull();
    expect(odd("user@evil.example")).toBeNull();
    expect(requestOrigin(undefined, { trustProxy: false })).toBeNull();
    const ftp = request("http://localhost:3000/", { host: "localhost:3000", "x-forwarded-proto": "ftp" });
    expect(requestOrigin(ftp, { trustProxy: true })).toBeNull();
  });
});
