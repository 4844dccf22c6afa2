/* Builds the task pane and the custom functions (one shared runtime) into dist/. */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads this file as CommonJS */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const devUrl = "https://localhost:3000/";
const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const functionFiles = [
  "./src/functions/functions.ts",
  "./src/functions/riskFunctions.ts",
  "./src/functions/matrixFunctions.ts",
  "./src/functions/catalogFunctions.ts",
];

/** Production URL from `npm run build -- --env addinUrl=https://host/path/` (defaults to the dev URL). */
function addinUrl(env) {
  const url = (env && env.addinUrl) || process.env.ADDIN_URL || devUrl;
  if (!/^https:\/\//.test(url)) throw new Error(`addinUrl must start with https:// (got ${url})`);
  return url.endsWith("/") ? url : `${url}/`;
}

async function devServerHttps() {
  // Plain http for local browser tests (DEV_SERVER_HTTP=1); Office needs https with trusted dev certs.
  if (process.env.DEV_SERVER_HTTP) return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(`office-addin-dev-certs unavailable (${error.message}); serving plain http.`);
    return undefined;
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const url = production ? addinUrl(env) : devUrl;
  const https = production ? undefined : await devServerHttps();
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: functionFiles,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The pane's small shared pieces (error bar, section, styles, async hook) would otherwise be copied
          // into every panel chunk: webpack's default groups skip modules under 20 KB.
          panelShared: {
            test: /[\\/]src[\\/]taskpane[\\/]/,
            chunks: "async",
            minChunks: 2,
            minSize: 0,
            priority: 5,
            reuseExistingChunk: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              content
                .toString()
                // AppDomain takes an origin only; every other URL takes the full address.
                .replaceAll(
                  `<AppDomain>${devUrl.slice(0, -1)}</AppDomain>`,
                  `<AppDomain>${new URL(url).origin}</AppDomain>`,
                )
                .replaceAll(devUrl, url),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
