// Builds the TypeScript fake into one script for the browser tests (loaded as office.js) and the bench (required in
// Node): .cache/fake/office.js. Kept apart from the production build (webpack.config.js) on purpose.
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  entry: path.resolve(__dirname, "webblasare.ts"),
  output: {
    path: path.resolve(__dirname, "../../.cache/fake"),
    filename: "office.js",
    library: { name: "MalkollFake", type: "umd" },
    globalObject: "globalThis",
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.resolve(__dirname, "../../tsconfig.json") },
        },
      },
    ],
  },
  performance: { hints: false },
};
