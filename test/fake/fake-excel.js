/*
 * A recording fake of the Office.js subset Målkoll uses, for jest and for the browser end-to-end test.
 * It keeps a workbook in memory, enforces load-before-read like the real API, and counts context.sync()
 * calls and queued API calls. Plain JavaScript so the browser can load it as office.js.
 */
(function (root) {
  "use strict";

  function kolumnNr(bokstaver) {
    let k = 0;
    for (const c of bokstaver) k = k * 26 + (c.charCodeAt(0) - 64);
    return k - 1;
  }
  function bokstav(k) {
    let s = "";
    for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function tolka(adress) {
    const del = adress.includes("!") ? adress.slice(adress.lastIndexOf("!") + 1) : adress;
    const [a, b = a] = del.replace(/\$/g, "").split(":");
    const p = (t) => {
      const m = /^([A-Z]+)(\d+)$/.exec(t);
      if (!m) throw new Error("InvalidArgument: " + adress);
      return { r: Number(m[2]) - 1, c: kolumnNr(m[1]) };
    };
    const s = p(a);
    const e = p(b);
    return { r: s.r, c: s.c, rows: e.r - s.r + 1, cols: e.c - s.c + 1 };
  }
  function adress(r, c, rows, cols) {
    const a = bokstav(c) + (r + 1);
    return rows === 1 && cols === 1 ? a : a + ":" + bokstav(c + cols - 1) + (r + rows);
  }
  function citera(namn) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(namn) ? namn : "'" + namn.replace(/'/g, "''") + "'";
  }

  /** The in-memory workbook: sheets of cells, conditional formats, custom XML parts, charts. */
  function skapaArbetsbok(blad) {
    const wb = { blad: [], delar: [], nastaId: 1, markerat: null, installningar: {} };
    for (const [namn, rader] of Object.entries(blad || {})) laggTillBlad(wb, namn, rader);
    return wb;
  }
  function laggTillBlad(wb, namn, rader) {
    const b = { namn, celler: new Map(), villkor: [], diagram: [] };
    (rader || []).forEach((rad, r) =>
      rad.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) b.celler.set(r + "," + c, { formel: String(v), varde: v });
      }),
    );
    wb.blad.push(b);
    return b;
  }
  function cellVarde(b, r, c) {
    const cell = b.celler.get(r + "," + c);
    if (!cell) return "";
    if (typeof cell.varde === "string" && cell.varde.startsWith("="))
      return root.__malkollBerakna ? root.__malkollBerakna(b, cell.varde, r, c) : "";
    return cell.varde;
  }
  function sattFormel(b, r, c, f) {
    if (f === "" || f === null || f === undefined) b.celler.delete(r + "," + c);
    else b.celler.set(r + "," + c, { formel: String(f), varde: typeof f === "string" && f.startsWith("=") ? f : f });
  }
  function omgivning(b, r0, c0) {
    let r1 = r0,
      r2 = r0,
      c1 = c0,
      c2 = c0;
    const fylld = (r, c) => b.celler.has(r + "," + c);
    const radFylld = (r) => {
      for (let c = Math.max(0, c1 - 1); c <= c2 + 1; c++) if (fylld(r, c)) return true;
      return false;
    };
    const kolFylld = (c) => {
      for (let r = Math.max(0, r1 - 1); r <= r2 + 1; r++) if (fylld(r, c)) return true;
      return false;
    };
    let andrat = true;
    while (andrat) {
      andrat = false;
      while (radFylld(r2 + 1)) {
        r2++;
        andrat = true;
      }
      while (r1 > 0 && radFylld(r1 - 1)) {
        r1--;
        andrat = true;
      }
      if (kolFylld(c2 + 1)) {
        c2++;
        andrat = true;
      }
      if (c1 > 0 && kolFylld(c1 - 1)) {
        c1--;
        andrat = true;
      }
    }
    return { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  /** Calculates =KPI.NAME(arg,…) with registered functions: cell and range references, strings, omitted arguments. */
  function berakna(b, formel, funktioner) {
    const m = /^=KPI\.([A-Z.]+)\((.*)\)$/.exec(formel);
    if (!m || !funktioner[m[1]]) return "#NAME?";
    const args = [];
    let del = "";
    let iStrang = false;
    for (const ch of m[2] + ",") {
      if (ch === '"') iStrang = !iStrang;
      if (ch === "," && !iStrang) {
        args.push(del);
        del = "";
      } else del += ch;
    }
    const varden = args.map((a) => {
      if (a === "") return null;
      if (a.startsWith('"')) return a.slice(1, -1).replace(/""/g, '"');
      if (/^-?\d+(\.\d+)?$/.test(a)) return Number(a);
      const p = tolka(a);
      const rutnat = Array.from({ length: p.rows }, (_, i) =>
        Array.from({ length: p.cols }, (_, j) => {
          const v = cellVarde(b, p.r + i, p.c + j);
          return v === "" ? null : v;
        }),
      );
      return p.rows === 1 && p.cols === 1 && !a.includes(":") ? rutnat[0][0] : rutnat;
    });
    try {
      return funktioner[m[1]](...varden);
    } catch (e) {
      return e && e.code ? e.code : "#VALUE!";
    }
  }

  /** Snapshot for comparing a workbook before and after. */
  function ogonblick(wb) {
    return JSON.stringify({
      blad: wb.blad.map((b) => ({
        namn: b.namn,
        celler: [...b.celler.entries()].sort(),
        villkor: b.villkor.map((v) => ({ ...v, id: undefined })),
        diagram: b.diagram.length,
      })),
      delar: wb.delar.map((d) => d.xml),
    });
  }

  function skapaExcel(wb, raknare) {
    raknare = raknare || { syncs: 0, anrop: 0 };
    const api = () => raknare.anrop++;

    class Kontext {
      constructor() {
        this.ko = [];
        this.workbook = new Arbetsbok(this);
      }
      async sync() {
        raknare.syncs++;
        const ko = this.ko;
        this.ko = [];
        for (const steg of ko) steg();
      }
    }
    /** An object whose properties must be loaded and synced before they are read. */
    class Proxy {
      constructor(ctx) {
        this.ctx = ctx;
        this._laddat = {};
      }
      load(egenskaper) {
        api();
        const namn = typeof egenskaper === "string" ? egenskaper.split(",").map((s) => s.trim()) : egenskaper || [];
        this.ctx.ko.push(() => {
          for (const n of namn) this._laddat[n.split("/")[0]] = true;
          this._laddat.items = true; // a collection's load("id") loads its items' ids
          this._hamta();
        });
        return this;
      }
      _las(namn) {
        if (!this._laddat[namn]) throw new Error("PropertyNotLoaded: " + namn + " (load() och context.sync() saknas)");
        return this["_" + namn];
      }
      _hamta() {}
    }
    class Arbetsbok {
      constructor(ctx) {
        this.ctx = ctx;
        this.worksheets = new Bladsamling(ctx);
        this.customXmlParts = new Delsamling(ctx);
      }
      getSelectedRange() {
        api();
        const m = wb.markerat;
        return new Omrade(
          this.ctx,
          () => hittaBlad(m.blad),
          () => tolka(m.adress),
        );
      }
    }
    function hittaBlad(namn) {
      const b = wb.blad.find((x) => x.namn === namn);
      if (!b) throw new Error("ItemNotFound: " + namn);
      return b;
    }
    class Bladsamling extends Proxy {
      getItem(namn) {
        api();
        return new Blad(this.ctx, () => hittaBlad(namn));
      }
      add(namn) {
        api();
        const ctx = this.ctx;
        ctx.ko.push(() => laggTillBlad(wb, namn, []));
        return new Blad(ctx, () => hittaBlad(namn));
      }
      _hamta() {
        this._items = wb.blad.map((b) => {
          const x = new Blad(this.ctx, () => b);
          x._name = b.namn;
          x._laddat.name = true;
          return x;
        });
      }
      get items() {
        return this._las("items");
      }
    }
    class Blad extends Proxy {
      constructor(ctx, hamta) {
        super(ctx);
        this._b = hamta;
        this.charts = new Diagramsamling(ctx, hamta);
      }
      get name() {
        return this._las("name");
      }
      _hamta() {
        this._name = this._b().namn;
      }
      getRange(a) {
        api();
        return new Omrade(this.ctx, this._b, () => (a ? tolka(a) : { r: 0, c: 0, rows: 1048576, cols: 16384 }));
      }
      activate() {
        api();
      }
    }
    class Diagramsamling {
      constructor(ctx, b) {
        this.ctx = ctx;
        this._b = b;
      }
      add(typ, omrade, serier) {
        api();
        const d = { typ, serier, title: { text: "" }, legend: { visible: true } };
        this.ctx.ko.push(() => {
          d.kalla = omrade._a();
          this._b().diagram.push(d);
        });
        return d;
      }
    }
    class Omrade extends Proxy {
      constructor(ctx, blad, a) {
        super(ctx);
        this._bladHamta = blad;
        this._a = a;
        this.conditionalFormats = new Villkorssamling(ctx, blad, a);
        this.worksheet = new Blad(ctx, blad);
      }
      _hamta() {
        const b = this._bladHamta();
        const a = this._a();
        this._address = citera(b.namn) + "!" + adress(a.r, a.c, a.rows, a.cols);
        this._rowCount = a.rows;
        this._columnCount = a.cols;
        this._rowIndex = a.r;
        this._columnIndex = a.c;
        const rutnat = (f) =>
          Array.from({ length: a.rows }, (_, i) => Array.from({ length: a.cols }, (_, j) => f(a.r + i, a.c + j)));
        if (this._laddat.values) this._values = rutnat((r, c) => cellVarde(b, r, c));
        if (this._laddat.formulas)
          this._formulas = rutnat((r, c) => {
            const x = b.celler.get(r + "," + c);
            return x ? x.formel : "";
          });
      }
      get address() {
        return this._las("address");
      }
      get rowCount() {
        return this._las("rowCount");
      }
      get columnCount() {
        return this._las("columnCount");
      }
      get values() {
        return this._las("values");
      }
      set values(v) {
        this._skriv(v, (x) => x);
      }
      get formulas() {
        return this._las("formulas");
      }
      set formulas(v) {
        this._skriv(v, (x) => x);
      }
      _skriv(v, f) {
        api();
        const kopia = v.map((r) => r.slice());
        this.ctx.ko.push(() => {
          const b = this._bladHamta();
          const a = this._a();
          if (kopia.length !== a.rows || kopia.some((r) => r.length !== a.cols))
            throw new Error("InvalidArgument: storleken stämmer inte");
          kopia.forEach((rad, i) => rad.forEach((x, j) => sattFormel(b, a.r + i, a.c + j, f(x))));
        });
      }
      getSurroundingRegion() {
        api();
        const start = this._a;
        return new Omrade(this.ctx, this._bladHamta, () => {
          const a = start();
          return omgivning(this._bladHamta(), a.r, a.c);
        });
      }
      clear(vad) {
        api();
        this.ctx.ko.push(() => {
          if (vad !== "Contents") throw new Error("Fejkens clear stöder bara Contents");
          const b = this._bladHamta();
          const a = this._a();
          for (const k of [...b.celler.keys()]) {
            const [r, c] = k.split(",").map(Number);
            if (r >= a.r && r < a.r + a.rows && c >= a.c && c < a.c + a.cols) b.celler.delete(k);
          }
        });
      }
    }
    /** A range's conditional formats: those that overlap it (ExcelApi 1.6; no getItemOrNullObject, which is 1.14). */
    class Villkorssamling extends Proxy {
      constructor(ctx, blad, a) {
        super(ctx);
        this._b = blad;
        this._a = a;
      }
      add(typ) {
        api();
        const cf = new Villkor(this.ctx, this._b);
        const format = { fill: {}, font: {} };
        cf.custom = { rule: {}, format };
        this.ctx.ko.push(() => {
          const a = this._a();
          const post = { id: "{cf-" + wb.nastaId++ + "}", typ, omrade: adress(a.r, a.c, a.rows, a.cols), cf };
          cf._id = post.id;
          this._b().villkor.push(post);
        });
        return cf;
      }
      getItem(id) {
        api();
        return new Villkor(this.ctx, this._b, id);
      }
      _hamta() {
        const a = this._a();
        const overlappar = (v) => {
          const o = tolka(v.omrade);
          return o.r < a.r + a.rows && a.r < o.r + o.rows && o.c < a.c + a.cols && a.c < o.c + o.cols;
        };
        this._items = this._b()
          .villkor.filter(overlappar)
          .map((v) => {
            const x = new Villkor(this.ctx, this._b, v.id);
            x._laddat.id = true;
            return x;
          });
      }
      get items() {
        return this._las("items");
      }
    }
    class Villkor extends Proxy {
      constructor(ctx, b, id, nullOk) {
        super(ctx);
        this._b = b;
        this._id = id;
        this._nullOk = nullOk;
      }
      _hamta() {
        const finns = this._b().villkor.some((v) => v.id === this._id);
        if (!finns && !this._nullOk && this._id) throw new Error("ItemNotFound: " + this._id);
        this.isNullObject = !finns;
      }
      get id() {
        return this._las("id");
      }
      delete() {
        api();
        this.ctx.ko.push(() => {
          const b = this._b();
          const i = b.villkor.findIndex((v) => v.id === this._id);
          if (i < 0) {
            if (this._nullOk) return;
            throw new Error("ItemNotFound: " + this._id);
          }
          b.villkor.splice(i, 1);
        });
      }
    }
    class Delsamling extends Proxy {
      getByNamespace(ns) {
        api();
        const d = new Delsamling(this.ctx);
        d._ns = ns;
        return d;
      }
      add(xml) {
        api();
        this.ctx.ko.push(() => wb.delar.push({ id: "del-" + wb.nastaId++, xml }));
      }
      _hamta() {
        this._items = wb.delar
          .filter((d) => !this._ns || d.xml.includes('xmlns="' + this._ns + '"'))
          .map((d) => new Del(this.ctx, d));
      }
      get items() {
        return this._las("items");
      }
    }
    class Del extends Proxy {
      constructor(ctx, d) {
        super(ctx);
        this._d = d;
        this._id = d.id;
        this._laddat.id = true;
      }
      get id() {
        return this._las("id");
      }
      getXml() {
        api();
        const res = { value: undefined };
        this.ctx.ko.push(() => (res.value = this._d.xml));
        return res;
      }
      delete() {
        api();
        this.ctx.ko.push(() => {
          const i = wb.delar.indexOf(this._d);
          if (i >= 0) wb.delar.splice(i, 1);
        });
      }
    }

    // After a sync, conditional formats record their final rule and format.
    const run = async (fn) => {
      const ctx = new Kontext();
      const svar = await fn(ctx);
      for (const b of wb.blad)
        for (const v of b.villkor)
          if (v.cf) {
            v.formel = v.cf.custom.rule.formula;
            v.fyllning = v.cf.custom.format.fill.color;
            v.text = v.cf.custom.format.font.color;
            v.talformat = v.cf.custom.format.numberFormat;
            delete v.cf;
          }
      return svar;
    };
    return {
      run,
      ClearApplyTo: { contents: "Contents", formats: "Formats", all: "All" },
      ConditionalFormatType: { custom: "Custom" },
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns", auto: "Auto" },
    };
  }

  function skapaOffice(wb, krav) {
    const stods = krav || { ExcelApi: "1.17", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" };
    const jamfor = (a, b) => {
      const x = a.split(".").map(Number);
      const y = b.split(".").map(Number);
      return x[0] - y[0] || (x[1] || 0) - (y[1] || 0);
    };
    return {
      HostType: { Excel: "Excel" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady(cb) {
        const info = { host: "Excel", platform: "OfficeOnline" };
        if (cb) setTimeout(() => cb(info), 0);
        return Promise.resolve(info);
      },
      context: {
        requirements: {
          isSetSupported: (namn, version) => stods[namn] !== undefined && jamfor(stods[namn], version || "1.1") >= 0,
        },
        document: {
          settings: {
            get: (k) => (k in wb.installningar ? JSON.parse(wb.installningar[k]) : null),
            set: (k, v) => (wb.installningar[k] = JSON.stringify(v)),
            saveAsync: (cb) => cb && cb({ status: "succeeded" }),
          },
        },
        officeTheme: undefined,
      },
    };
  }

  const fake = { skapaArbetsbok, skapaExcel, skapaOffice, ogonblick, tolka, adress };
  root.MalkollFake = fake;
  if (typeof module !== "undefined" && module.exports) module.exports = fake;

  // In a browser page that asked for office.js: install the fake over a workbook the test seeded.
  if (typeof window !== "undefined" && window.__malkollArbetsbok) {
    const wb = skapaArbetsbok(window.__malkollArbetsbok.blad);
    wb.markerat = window.__malkollArbetsbok.markerat;
    window.__malkollWb = wb;
    window.__malkollRaknare = { syncs: 0, anrop: 0 };
    window.__malkollOgonblick = () => ogonblick(wb);
    window.Excel = skapaExcel(wb, window.__malkollRaknare);
    window.Office = skapaOffice(wb, window.__malkollArbetsbok.krav);
    // Custom functions register here, so the fake can calculate =KPI.… cells with the add-in's own code.
    const funktioner = {};
    class CfError {
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    }
    window.CustomFunctions = {
      associate: (id, fn) => (funktioner[id] = fn),
      Error: CfError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    };
    root.__malkollBerakna = (b, formel) => berakna(b, formel, funktioner);
    window.__malkollCell = (bladnamn, a) => {
      const b = wb.blad.find((x) => x.namn === bladnamn);
      const p = tolka(a);
      const cell = b.celler.get(p.r + "," + p.c);
      return { formel: cell ? cell.formel : "", varde: cellVarde(b, p.r, p.c) };
    };
  }
})(typeof window !== "undefined" ? window : globalThis);
