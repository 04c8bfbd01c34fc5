// A minimal client for Marionette, the remote protocol built into Thunderbird (https://firefox-source-docs.mozilla.org/testing/marionette/Protocol.html):
// length-prefixed JSON over TCP, `[0, id, command, params]` → `[1, id, error, result]`. The capture uses it
// in the chrome context to set accounts up, press the program's own commands and read the dialogs it shows.
import net from "node:net";

export type Marionette = {
  /** Runs `script` as the body of an async function in Thunderbird's chrome; `args` are its arguments. */
  chrome<T>(script: string, args?: unknown[], timeoutMs?: number): Promise<T>;
  close(): void;
};

export async function connectMarionette(port: number, untilMs: number): Promise<Marionette> {
  const socket = await connectWithRetry(port, untilMs);
  let buffer = Buffer.alloc(0);
  const waiting = new Map<number, (reply: unknown[]) => void>();
  let greeted: (() => void) | null = null;
  const greeting = new Promise<void>((resolve) => (greeted = resolve));
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(":");
      if (colon === -1) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString("utf8"));
      if (process.env.MARIONETTE_DEBUG) console.error("<<", JSON.stringify(message).slice(0, 300));
      buffer = buffer.subarray(colon + 1 + length);
      if (Array.isArray(message)) waiting.get(message[1] as number)?.(message);
      else greeted?.();
    }
  });
  await greeting;
  let nextId = 1;
  const send = (command: string, params: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if (reply[2]) reject(new Error(`${command}: ${JSON.stringify(reply[2])}`));
        else resolve(reply[3]);
      });
      const body = Buffer.from(JSON.stringify([0, id, command, params]), "utf8");
      socket.write(`${body.length}:`);
      socket.write(body);
    });
  await send("WebDriver:NewSession", {});
  await send("Marionette:SetContext", { value: "chrome" });
  async function chrome<T>(script: string, args: unknown[] = [], timeoutMs = 60_000): Promise<T> {
    await send("WebDriver:SetTimeouts", { script: timeoutMs });
    const wrapped = `const [resolve] = [arguments[arguments.length - 1]];
        (async (...args) => { ${script} })(...Array.from(arguments).slice(0, -1))
          .then((value) => resolve({ ok: value === undefined ? null : value }), (error) => resolve({ error: String(error && error.stack || error) }));`;
    const result = (await send("WebDriver:ExecuteAsyncScript", { script: wrapped, args })) as {
      value: { ok?: T; error?: string };
    };
    if (result.value.error) throw new Error(result.value.error);
    return result.value.ok as T;
  }
  // Marionette answers any command with "unexpected alert open" (and dismisses the dialog) while a dialog
  // is open on its current window. The capture needs Thunderbird's dialogs left open to read them, so its
  // commands run in a small window of their own that Thunderbird never puts a dialog on.
  const before = (await send("WebDriver:GetWindowHandles", {})) as string[];
  await chrome(`const w = Services.ww.openWindow(null, "about:blank", "_blank", "chrome,width=40,height=40", null);
    for (let i = 0; i < 50 && w.document?.readyState !== "complete"; i++) await new Promise((r) => setTimeout(r, 100));
    Services.wm.getMostRecentWindow("mail:3pane")?.focus();`);
  const after = (await send("WebDriver:GetWindowHandles", {})) as string[];
  const own = after.find((handle) => !before.includes(handle));
  if (!own) throw new Error("Marionette: the capture's own window did not open");
  await send("WebDriver:SwitchToWindow", { handle: own, focus: false });
  return { chrome, close: () => socket.destroy() };
}

async function connectWithRetry(port: number, untilMs: number): Promise<net.Socket> {
  for (;;) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect({ host: "127.0.0.1", port });
        socket.once("connect", () => resolve(socket));
        socket.once("error", reject);
      });
    } catch (error) {
      if (Date.now() > untilMs) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
