// The https options of the development server (npm start, webpack serve) from Office's development certificates
// (office-addin-dev-certs, in ~/.office-addin-dev-certs, never in the repository).
const fs = require("fs");
const path = require("path");
const { X509Certificate, createPrivateKey } = require("crypto");

/**
 * The certificate files in `mapp` when they can serve: all three present, the localhost certificate still valid
 * (not expired) and its key the one that belongs to it. Otherwise undefined.
 */
function anvandbara(mapp, nu = new Date()) {
  const fil = (namn) => path.join(mapp, namn);
  try {
    const ca = fs.readFileSync(fil("ca.crt"));
    const cert = fs.readFileSync(fil("localhost.crt"));
    const key = fs.readFileSync(fil("localhost.key"));
    const x509 = new X509Certificate(cert);
    if (new Date(x509.validTo) <= nu || !x509.checkPrivateKey(createPrivateKey(key))) return undefined;
    return { ca, cert, key };
  } catch {
    return undefined;
  }
}

/**
 * Options for an https server on localhost. On Windows and macOS Office's own getHttpsServerOptions, which installs
 * the CA in the user's store (once) and reuses it. On Linux that call cannot install the CA without sudo, and
 * because it then finds the CA "not installed" it deletes and regenerates every certificate on each start: a CA the
 * user trusted in the browser would stop working every time. So on Linux the existing certificates are used as they
 * are, and new ones are generated only when there are none (or they expired), with a line on how to trust them.
 * `devCerts` is the office-addin-dev-certs module; `mapp` its certificate folder.
 */
async function httpsAlternativ({
  devCerts,
  plattform = process.platform,
  mapp = path.join(require("os").homedir(), ".office-addin-dev-certs"),
  logga = console.warn,
}) {
  if (plattform !== "linux") {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  }
  const befintliga = anvandbara(mapp);
  if (befintliga) return befintliga;
  const fil = (namn) => path.join(mapp, namn);
  await devCerts.generateCertificates(fil("ca.crt"), fil("localhost.crt"), fil("localhost.key"));
  logga(
    `Nya utvecklingscertifikat skapades i ${mapp}. Lita på ${fil("ca.crt")} i webbläsaren eller systemet ` +
      "för att slippa varningar; de används sedan vid varje start.",
  );
  const nya = anvandbara(mapp);
  if (!nya) throw new Error(`Utvecklingscertifikaten i ${mapp} kunde inte skapas.`);
  return nya;
}

module.exports = { anvandbara, httpsAlternativ };
