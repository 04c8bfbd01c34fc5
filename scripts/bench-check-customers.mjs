// The customers of npm run bench:check part 6, in a process of their own (as their browsers would be: not in
// the server, nor in the rig's process, whose DNS server and proxies are busy with the same checks).
// argv: base URL, then one JSON request body per customer. Each customer sends its check at the same moment
// over its own connection; prints one JSON line: [{ firstMs, wallMs, status, last }] in argv order.
import { request } from "node:http";

const [base, ...bodies] = process.argv.slice(2);
const url = new URL("/api/diagnose", base);

function customer(body, index) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstMs = -1;
    let text = "";
    const req = request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          origin: base,
          // A trusted proxy in front names each customer (MAILDOC_TRUST_PROXY=1).
          "x-forwarded-for": `192.0.2.${index + 1}`,
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          if (firstMs < 0) firstMs = performance.now() - started;
          text += chunk;
        });
        response.on("end", () =>
          resolve({
            firstMs,
            wallMs: performance.now() - started,
            status: response.statusCode,
            last: text.trimEnd().split("\n").at(-1) ?? "",
          }),
        );
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const results = await Promise.all(bodies.map(customer));
process.stdout.write(`${JSON.stringify(results)}\n`);
