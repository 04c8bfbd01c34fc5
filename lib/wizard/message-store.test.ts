import { describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
import { createMessageStore, heldMessageLimits } from "./message-store";

describe("held messages", () => {
  it("holds a 20 000-character message under a random id, and gives it back", () => {
    const store = createMessageStore();
    const text = "가".repeat(20_000);
    const id = store.hold(text);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(store.get(id)).toBe(text);
    expect(store.get("0".repeat(32))).toBeUndefined();
    expect(store.get("../etc")).toBeUndefined();
  });

  it("keeps the browser's id (its sessionStorage copy matches), unless it names another text", () => {
    const store = createMessageStore();
    const wanted = "a".repeat(32);
    expect(store.hold("first", wanted)).toBe(wanted);
    expect(store.hold("first", wanted)).toBe(wanted);
    const other = store.hold("second", wanted);
    expect(other).not.toBe(wanted);
    expect(store.get(wanted)).toBe("first");
    expect(store.hold("x", "not-an-id")).toMatch(/^[0-9a-f]{32}$/);
  });

  it(`forgets after ${heldMessageLimits.ttlMs / 60_000} minutes, and the oldest first when full`, () => {
    let now = 0;
    const store = createMessageStore(() => now);
    const id = store.hold("old");
    now = heldMessageLimits.ttlMs + 1;
    expect(store.get(id)).toBeUndefined();
    const big = "x".repeat(heldMessageLimits.maxHeldChars / 2);
    const a = store.hold(big);
    const b = store.hold(big);
    const c = store.hold("y");
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBe(big);
    expect(store.get(c)).toBe("y");
  });
});
