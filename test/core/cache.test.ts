import { Cache } from "../../src/core/cache";
import { lasCell } from "../../src/core/tal/cell";
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";

/** A cache of size `storlek` over a reading that counts how often each key is read. */
function raknandeCache(storlek: number) {
  const lasningar = new Map<string, number>();
  const cache = new Cache<{ nyckel: string }>(storlek);
  const hamta = (nyckel: string) =>
    cache.hamta(nyckel, (n) => {
      lasningar.set(n, (lasningar.get(n) ?? 0) + 1);
      return { nyckel: n };
    });
  return { hamta, lasningar: (n: string) => lasningar.get(n) ?? 0 };
}

describe("the bounded cache of pure readings", () => {
  it("reads a key once and gives the same value after", () => {
    const c = raknandeCache(3);
    const forsta = c.hamta("a");
    expect(c.hamta("a")).toBe(forsta);
    expect(c.lasningar("a")).toBe(1);
  });

  it("keeps what fits in two generations and forgets the oldest beyond that", () => {
    const c = raknandeCache(2);
    for (const n of ["a", "b", "c", "d"]) c.hamta(n);
    // a, b in the older generation, c, d in the newer: all still kept.
    for (const n of ["c", "d"]) c.hamta(n);
    expect(["a", "b", "c", "d"].map(c.lasningar)).toEqual([1, 1, 1, 1]);
    c.hamta("e"); // the newer (c, d) becomes the older; a and b are dropped
    c.hamta("a");
    expect(c.lasningar("a")).toBe(2);
    expect(c.lasningar("c")).toBe(1);
  });

  it("keeps an entry that is used, across a change of generation", () => {
    const c = raknandeCache(2);
    c.hamta("a");
    c.hamta("b");
    c.hamta("c"); // a, b older; c newer
    c.hamta("a"); // a moves to the newer
    c.hamta("d"); // newer full (c, a): it becomes the older, b is dropped
    c.hamta("a");
    c.hamta("b");
    expect([c.lasningar("a"), c.lasningar("b")]).toEqual([1, 2]);
  });
});

describe("readings shared through the cache cannot be changed by a caller", () => {
  it("a number written as text is read once and shared, frozen", () => {
    const forsta = lasCell("12,5 %");
    expect(lasCell("12,5 %")).toBe(forsta);
    expect(forsta).toEqual({ typ: "tal", varde: 0.125, procent: true });
    expect(Object.isFrozen(forsta)).toBe(true);
  });

  it("a målvärde is read once and shared, frozen", () => {
    const forsta = tolkaMalvarde("Max 7 %");
    expect(tolkaMalvarde("Max 7 %")).toBe(forsta);
    expect(Object.isFrozen(forsta)).toBe(true);
  });
});
