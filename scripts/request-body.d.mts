// Types of scripts/request-body.mjs for the tests that import it.
import type { IncomingMessage } from "node:http";

export function receiveBody(
  request: IncomingMessage,
  maxBytes: number,
  then: { received(): void; tooLarge(): void },
): void;
