// Build as Microsoft's shared-runtime template: one page hosts the task pane and the custom functions.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const urlDev = "https://localhost:3000/";
// The production address is set once, at build time: MALKOLL_URL=https://example.se/malkoll/ npm run build
const urlProd = process.env.MALKOLL_URL || "https://malkoll.se/addin/";

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (fel) {
    // Installing the CA needs sudo, which e.g. a Linux container lacks: serve with the generated
    // certificates anyway and say how to trust them.
    const fs = require("fs");
    const os = require("os");
    const mapp = path.join(os.homedir(), ".office-addin-dev-certs");
    const fil = (namn) => path.join(mapp, namn);
    if (!fs.existsSync(fil("localhost.crt"))) {
      await devCerts.generateCertificates(fil("ca.crt"), fil("localhost.crt"), fil("localhost.key"));
    }
    console.warn(
      `Utvecklingscertifikatet kunde inte installeras (${fel.message.split("\n")[0]}). ` +
        `Servern startar ändå; lita på ${fil("ca.crt")} i webbläsaren eller systemet för att slippa varningar.`,
    );
    return {
      ca: fs.readFileSync(fil("ca.crt")),
      key: fs.readFileSync(fil("localhost.key")),
      cert: fs.readFileSync(fil("localhost.crt")),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: ["./src/functions/utanforExcel.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
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
              if (dev) return content;
              return content
                .toString()
                .replace(new RegExp(urlDev, "g"), urlProd)
                .replace(/https:\/\/localhost:3000/g, new URL(urlProd).origin);
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
