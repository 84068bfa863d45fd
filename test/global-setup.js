// Once per jest run: functions.json generated from the source's JSDoc, as the build does, so that every test
// calls a KPI function the way Excel does (test/helpers/excel.ts) without depending on an old dist/.
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

module.exports = async () => {
  const rot = path.resolve(__dirname, "..");
  const resultat = await generateCustomFunctionsMetadata(path.join(rot, "src/functions/functions.ts"), true);
  if (resultat.errors.length > 0) throw new Error(`functions.json: ${resultat.errors.join("; ")}`);
  const mapp = path.join(rot, ".cache");
  fs.mkdirSync(mapp, { recursive: true });
  const metadata = JSON.parse(resultat.metadataJson);
  const namn = Object.fromEntries(resultat.associate.map((a) => [a.id, a.functionName]));
  fs.writeFileSync(path.join(mapp, "functions.json"), JSON.stringify({ ...metadata, associate: namn }, null, 1));
};
