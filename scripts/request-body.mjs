// Every request body is received in full by the server, and only then handed to Next.js: at most
// `maxBytes` of it is ever held; a body over that is refused the moment it crosses the limit (or at once
// when its Content-Length says so) without Next.js seeing the request at all; and a body that stops
// arriving is the server's to time out (408) before the app has spent anything on it.
//
// How: Node's HTTP parser hands each body chunk to the request stream with `push()`, and `push(null)`
// when the body is complete. The request's own `push` is wrapped to hold the chunks instead; once the
// body is complete they are pushed through, then the end, and the request goes to the app — to Next.js
// the request looks as if its body had just arrived. After a refusal every further chunk is dropped
// while the parser keeps reading, so the rest of the body drains instead of piling up.

/**
 * @param {import("node:http").IncomingMessage} request
 * @param {{ received(): void, tooLarge(): void }} then
 */
export function receiveBody(request, maxBytes, then) {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (declared === 0 && request.headers["transfer-encoding"] === undefined) return void then.received();

  const push = request.push;
  const held = [];
  let size = 0;
  let refused = false;
  const refuse = () => {
    refused = true;
    held.length = 0;
    then.tooLarge();
  };
  request.push = function holdingPush(chunk) {
    if (refused) return true; // true keeps the parser reading: dropping is draining
    if (chunk !== null) {
      size += chunk.length;
      if (size > maxBytes) refuse();
      else held.push(chunk);
      return true;
    }
    request.push = push;
    setImmediate(() => {
      for (const part of held) push.call(request, part);
      push.call(request, null);
      then.received();
    });
    return true;
  };
  if (declared > maxBytes) refuse(); // by its header alone: not one byte of it is held
}
