import "server-only";
import { RetryLaterError } from "@spanlight/core";
import { getServerConfig } from "@spanlight/core/server";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

const WINDOW_SECONDS = 60;

// In memory: Spanlight serves from one process. Limiters are per rate, since projects choose their
// own per-address rate and a limiter's points are fixed when it is made.
const addressLimiters = new Map<number, RateLimiterMemory>();
let keyLimiter: { points: number; limiter: RateLimiterMemory } | null = null;

function addressLimiter(ratePerMinute: number): RateLimiterMemory {
  let limiter = addressLimiters.get(ratePerMinute);
  if (!limiter) {
    limiter = new RateLimiterMemory({
      keyPrefix: `feedback-address-${ratePerMinute}`,
      points: ratePerMinute,
      duration: WINDOW_SECONDS,
    });
    addressLimiters.set(ratePerMinute, limiter);
  }
  return limiter;
}

function perKeyLimiter(): RateLimiterMemory {
  const points = getServerConfig().feedbackKeyRatePerMinute;
  if (keyLimiter?.points !== points) {
    keyLimiter = {
      points,
      limiter: new RateLimiterMemory({ keyPrefix: "feedback-key", points, duration: WINDOW_SECONDS }),
    };
  }
  return keyLimiter.limiter;
}

/**
 * Counts one feedback request against the client address (the project's rate) and against the key
 * or token (SPANLIGHT_FEEDBACK_KEY_RATE_PER_MINUTE); over either is a 429 with Retry-After.
 */
export async function consumeFeedbackRate(options: {
  projectId: string;
  rateKey: string;
  clientIp: string;
  ratePerMinute: number;
}): Promise<void> {
  await consume(addressLimiter(options.ratePerMinute), `${options.projectId}:${options.clientIp}`, "this address");
  await consume(perKeyLimiter(), options.rateKey, "this key");
}

async function consume(limiter: RateLimiterMemory, key: string, who: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new RetryLaterError({
      status: 429,
      message: `Too much feedback from ${who}: try again in a moment`,
      retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
    });
  }
}
