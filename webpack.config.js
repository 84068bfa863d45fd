// Build as Microsoft's shared-runtime template: one page hosts the task pane and the custom functions.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { produktionsadress, tillProduktion } = require("./scripts/adress.cjs");

/**
 * Points the emitted functions.json's help links (@helpurl, written with the development address) at the
 * production address, as the manifest is. Runs after CustomFunctionsMetadataPlugin has added the file.
 */
class Hjalplankar {
  constructor(adress) {
    this.adress = adress;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("Hjalplankar", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "Hjalplankar", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (assets) => {
          if (!assets["functions.json"]) return;
          const text = tillProduktion(assets["functions.json"].source().toString(), this.adress);
          compilation.updateAsset("functions.json", new sources.RawSource(text));
        },
      );
    });
  }
}

/** Says, as a webpack warning (printed by every build, also npm test's), that the manifest points at a placeholder. */
class Platshallarvarning {
  constructor(text) {
    this.text = text;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("Platshallarvarning", (compilation) => {
      const { WebpackError } = compiler.webpack;
      compilation.warnings.push(new WebpackError(this.text));
    });
  }
}

/** https for the development server: Office's development certificates, never regenerated on Linux. */
async function httpsOptions() {
  const { httpsAlternativ } = require("./scripts/utvecklingscertifikat.cjs");
  return httpsAlternativ({ devCerts: require("office-addin-dev-certs") });
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // The production address is set once, at build time: MALKOLL_URL=https://intranat.kommun.example/malkoll/ npm run build
  const prod = dev ? undefined : produktionsadress(process.env.MALKOLL_URL);
  return {
    devtool: dev ? "source-map" : false,
    // The functions bundle carries webpack's runtime and the core it uses; the pane bundle depends on it, so the
    // core is loaded once on the page and the functions register before the pane's code runs (taskpane.html loads
    // functions.js first). functions.js stays whole on its own, as the manifest's functions script.
    entry: {
      functions: ["./src/functions/utanforExcel.ts", "./src/functions/functions.ts"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Every build writes every file, also one whose content did not change: the end-to-end tests compare dist/'s
      // times with the sources' (test/e2e/aktuell.ts).
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    // Terser as webpack runs it (two passes), except that a function used once stays a function: folded into its
    // caller it made the status path's functions larger than V8 optimises whole, and the first pass of 100 000
    // KPI.MALUPPFYLLELSE calls about 8 % dearer (docs/performance.md; terser/terser#696).
    optimization: { minimizeOptions: { javascript: { compress: { passes: 2, reduce_funcs: false } } } },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      ...(dev ? [] : [new Hjalplankar(prod.adress)]),
      ...(prod?.varning ? [new Platshallarvarning(prod.varning)] : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/hjalp.html", to: "hjalp.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : tillProduktion(content.toString(), prod.adress);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
