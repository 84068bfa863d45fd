// The production address of the add-in (MALKOLL_URL) and how the build points the manifest and the functions'
// help links at it. CommonJS, because webpack.config.js requires it; tested in test/build/adress.test.ts.

/** The development server, as manifest.xml and the functions' @helpurl tags write it. */
const UTVECKLING = "https://localhost:3000/";
/** Where a production build without MALKOLL_URL points: a placeholder, said aloud by the build. */
const PLATSHALLARE = "https://malkoll.example/addin/";

/**
 * MALKOLL_URL as the one base every address is built from: an absolute https URL of a folder, with a trailing
 * slash added when missing (`https://x.example/malkoll` → `https://x.example/malkoll/`), so that `taskpane.html` is
 * appended to the folder rather than glued to its name. Office loads add-ins only over https (Microsoft docs,
 * "Requirements for running Office Add-ins"; the manifest schema's URL types). A query or fragment would end up
 * inside every address, and the characters & ' " < > \\ and white space would need escaping in the manifest's XML
 * and in functions.json, so they are refused too. Throws an Error in Swedish naming what is wrong.
 * @param {string} text the variable's value, surrounding white space allowed
 * @returns {string} the normalised base, ending in "/"
 */
function normaliseraAdress(text) {
  const varde = String(text ?? "").trim();
  const fel = (varfor) =>
    new Error(
      `MALKOLL_URL="${varde}" går inte att använda: ${varfor}. ` +
        "Ange adressen till mappen där dist/ publiceras, till exempel MALKOLL_URL=https://intranat.kommun.example/malkoll/",
    );
  let url;
  try {
    url = new URL(varde);
  } catch {
    throw fel("det är ingen fullständig adress");
  }
  if (url.protocol !== "https:") throw fel("Office laddar bara tillägg över https");
  if (url.username || url.password) throw fel("adressen får inte innehålla användarnamn eller lösenord");
  if (url.search || url.hash || varde.includes("?") || varde.includes("#"))
    throw fel("adressen får inte ha frågedel (?) eller fragment (#)");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  // The address goes into XML attributes and JSON strings as it is.
  if (/[&'"<>\\\s]/.test(url.href)) throw fel("adressen får inte innehålla & ' \" < > \\ eller blanksteg");
  return url.href;
}

/**
 * The base of a production build and what the build must say about it.
 * @param {string | undefined} miljo the value of MALKOLL_URL, if set
 * @returns {{ adress: string, varning?: string }} varning (Swedish) when the manifest points at the placeholder
 */
function produktionsadress(miljo) {
  if (miljo === undefined || miljo.trim() === "")
    return {
      adress: PLATSHALLARE,
      varning:
        `MALKOLL_URL är inte satt: dist/manifest.xml och hjälplänkarna i dist/functions.json pekar på platshållaren ` +
        `${PLATSHALLARE}. Bygg med MALKOLL_URL=https://din-server.example/mapp/ npm run build innan du publicerar.`,
    };
  return { adress: normaliseraAdress(miljo) };
}

/**
 * Text with every development address replaced by the production base: `https://localhost:3000/x` becomes
 * `<adress>x`, and the bare origin `https://localhost:3000` (AppDomain) becomes the base's origin.
 * @param {string} text manifest.xml or functions.json
 * @param {string} adress a base from normaliseraAdress
 */
function tillProduktion(text, adress) {
  return text.split(UTVECKLING).join(adress).split(UTVECKLING.slice(0, -1)).join(new URL(adress).origin);
}

module.exports = { UTVECKLING, PLATSHALLARE, normaliseraAdress, produktionsadress, tillProduktion };
