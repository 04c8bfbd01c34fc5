import { describe, expect, it } from "vitest";
import { scriptPaths } from "./check-weight.mjs";

describe("check:weight reads the scripts a page's HTML names", () => {
  it("counts script tags, preloads and the RSC payload's chunk lists once each", () => {
    const html = [
      '<script src="/_next/static/chunks/webpack-1.js" async=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/app/%5Blocale%5D/page-2.js"/>',
      // the flight payload is a JSON string inside a script, its paths escaped and repeated
      '<script>self.__next_f.push([1,"3:I[\\"static/chunks/794-3.js\\",\\"/_next/static/chunks/794-3.js\\"]"])</script>',
      '<script src="/_next/static/chunks/webpack-1.js" async=""></script>',
      '<link rel="stylesheet" href="/_next/static/chunks/4.css"/>',
    ].join("");
    expect(scriptPaths(html)).toEqual([
      "/_next/static/chunks/794-3.js",
      "/_next/static/chunks/app/%5Blocale%5D/page-2.js",
      "/_next/static/chunks/webpack-1.js",
    ]);
  });

  it("leaves out nomodule polyfills, which no module-running browser fetches", () => {
    const html =
      '<script src="/_next/static/chunks/polyfills-9.js" noModule="" nonce="n"></script>' +
      '<script src="/_next/static/chunks/main-app-1.js" async=""></script>';
    expect(scriptPaths(html)).toEqual(["/_next/static/chunks/main-app-1.js"]);
  });
});
