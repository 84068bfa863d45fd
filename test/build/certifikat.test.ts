/**
 * The development server's certificates on Linux: made once, then reused as they are, so that a CA the developer
 * trusted keeps working. office-addin-dev-certs' getHttpsServerOptions deletes and regenerates them on every start
 * where it cannot install the CA (Linux without sudo: its ensureCertificatesAreInstalled); it must not run there.
 * Every test works in a temporary home folder, never in the developer's own ~/.office-addin-dev-certs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { httpsAlternativ, anvandbara } = require("../../scripts/utvecklingscertifikat.cjs");
const devCerts = require("office-addin-dev-certs");

// Generating an RSA key pair in JavaScript takes seconds on a loaded 2-core machine.
jest.setTimeout(120_000);

let hem: string;
beforeEach(() => (hem = fs.mkdtempSync(path.join(os.tmpdir(), "malkoll-cert-"))));
afterEach(() => fs.rmSync(hem, { recursive: true, force: true }));

const innehall = (mapp: string) =>
  Object.fromEntries(["ca.crt", "localhost.crt", "localhost.key"].map((f) => [f, fs.readFileSync(path.join(mapp, f))]));

/** office-addin-dev-certs with its calls counted. */
function raknande() {
  const anrop = { generera: 0, serveroptioner: 0 };
  return {
    anrop,
    devCerts: {
      generateCertificates: (...a: unknown[]) => {
        anrop.generera++;
        return devCerts.generateCertificates(...a);
      },
      getHttpsServerOptions: () => {
        anrop.serveroptioner++;
        throw new Error("får inte anropas på Linux: skapar om certifikaten");
      },
    },
  };
}

describe("development certificates on Linux", () => {
  it("are generated once when there are none, and then reused byte for byte", async () => {
    const mapp = path.join(hem, ".office-addin-dev-certs");
    const { anrop, devCerts: rak } = raknande();
    const loggat: string[] = [];
    const forsta = await httpsAlternativ({ devCerts: rak, plattform: "linux", mapp, logga: (t: string) => loggat.push(t) });
    expect(anrop).toEqual({ generera: 1, serveroptioner: 0 });
    expect(loggat).toEqual([expect.stringContaining(`Lita på ${path.join(mapp, "ca.crt")}`)]);
    const fore = innehall(mapp);
    expect(forsta.cert.equals(fore["localhost.crt"])).toBe(true);

    const andra = await httpsAlternativ({ devCerts: rak, plattform: "linux", mapp, logga: () => {} });
    expect(anrop).toEqual({ generera: 1, serveroptioner: 0 });
    expect(innehall(mapp)).toEqual(fore);
    expect(andra.key.equals(fore["localhost.key"])).toBe(true);
  });

  it("are only used when the key belongs to the certificate and it has not expired", async () => {
    const mapp = path.join(hem, "certifikat");
    await devCerts.generateCertificates(
      path.join(mapp, "ca.crt"),
      path.join(mapp, "localhost.crt"),
      path.join(mapp, "localhost.key"),
    );
    expect(anvandbara(mapp)).toBeDefined();
    expect(anvandbara(mapp, new Date("2999-01-01"))).toBeUndefined();
    fs.writeFileSync(path.join(mapp, "localhost.key"), fs.readFileSync(path.join(mapp, "ca.crt")));
    expect(anvandbara(mapp)).toBeUndefined();
    expect(anvandbara(path.join(hem, "saknas"))).toBeUndefined();
  });

  it("are what webpack serve gets, and the files are left alone", async () => {
    const mapp = path.join(hem, ".office-addin-dev-certs");
    await devCerts.generateCertificates(
      path.join(mapp, "ca.crt"),
      path.join(mapp, "localhost.crt"),
      path.join(mapp, "localhost.key"),
    );
    const fore = innehall(mapp);
    // The home folder as Node reports it (jest's process.env is a copy, which os.homedir does not read).
    const hemmapp = jest.spyOn(require("os") as typeof os, "homedir").mockReturnValue(hem);
    try {
      const webpackConfig = require("../../webpack.config.js");
      const config = await webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
      expect(config.devServer.server.options.cert.equals(fore["localhost.crt"])).toBe(true);
    } finally {
      hemmapp.mockRestore();
    }
    expect(innehall(mapp)).toEqual(fore);
  });
});
