/**
 * A bounded cache in two generations: new entries go into the newer; when it is full it becomes the older and the
 * old older one is dropped. An entry found in the older generation moves to the newer, so what is used stays.
 * Lookups and insertions take constant time, and at most 2 × `storlek` entries are kept. For pure readings of cell
 * texts (målvärden in malvarde/tolka.ts, numbers written as text in tal/cell.ts): `skapa` must be a pure function
 * of the key, and what it returns is shared between callers and must not be changed.
 */
export class Cache<V> {
  private nyare = new Map<string, V>();
  private aldre = new Map<string, V>();

  constructor(private readonly storlek: number) {}

  /** The value for `nyckel`, made by `skapa` the first time it is asked for while not kept. */
  hamta(nyckel: string, skapa: (nyckel: string) => V): V {
    let varde = this.nyare.get(nyckel);
    if (varde !== undefined) return varde;
    varde = this.aldre.get(nyckel) ?? skapa(nyckel);
    if (this.nyare.size >= this.storlek) {
      this.aldre = this.nyare;
      this.nyare = new Map();
    }
    this.nyare.set(nyckel, varde);
    return varde;
  }
}
