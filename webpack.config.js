/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane and the playground into dist/, as two compilations: the playground's
// page (playground.html) and its files (playground/) share nothing with the pane's, so the pane's
// chunks are exactly what they would be without it. `webpack --mode production` needs no
// certificates; `webpack serve` serves https://localhost:3000 with the Office dev certificates
// (the playground too, at /playground.html), `webpack serve --env playground` only the
// playground's server, http://127.0.0.1:3001.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;
/** `npm run playground`: plain http on this machine only; the playground needs no certificate. */
const PLAYGROUND_PORT = 3001;

/** What the playground's compilation writes into dist/: its page and one folder. Each compilation cleans only its own. */
function isPlaygroundFile(file) {
  return /^playground(?:\.html$|[\\/]|$)/.test(file);
}

/** TypeScript for both compilations. */
const TS_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      transpileOnly: true,
      // ES modules let webpack tree-shake Fluent and split on import().
      compilerOptions: { module: "esnext", target: "es2020" },
    },
  },
};

/**
 * The https options for `npm start`: Office's development certificate, installed as trusted.
 * Installing needs sudo on Linux; where that fails (root without sudo, a container) the pane is
 * still served with the certificate and the planner is told, in one message, how to trust it.
 */
async function httpsServerOptions() {
  // Required here, not at the top: only `webpack serve` needs (and may create) certificates.
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (e) {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    const made = [caCertificatePath, localhostCertificatePath, localhostKeyPath].every((f) => fs.existsSync(f));
    console.error(certificateHelp(String(e?.message ?? e).split("\n")[0], caCertificatePath, made));
    if (!made) process.exit(1);
    return {
      ca: fs.readFileSync(caCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
      cert: fs.readFileSync(localhostCertificatePath),
    };
  }
}

function certificateHelp(reason, caPath, made) {
  return [
    `npm start: the development certificate could not be installed as trusted (${reason}).`,
    made
      ? "The pane is served at https://localhost:3000 anyway, but Excel and browsers refuse it until its authority is trusted."
      : "No certificate could be made, so the pane cannot be served.",
    "On Debian or Ubuntu as root:",
    `  cp ${caPath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && update-ca-certificates`,
    "or install sudo and run: npx office-addin-dev-certs install",
    "On Windows or macOS, run `npx office-addin-dev-certs install` in an administrator's shell, then npm start again.",
  ].join("\n");
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  const playground = Boolean(env.playground);
  return [await paneConfig(production, serve && !playground), playgroundConfig(production, serve && playground)];
};

/** The task pane (taskpane.html, support.html, the manifest and icons); `serve`: its https dev server. */
async function paneConfig(production, serve) {
  return {
    name: "pane",
    mode: production ? "production" : "development",
    context: __dirname,
    // Evergreen webviews only (WebView2, Safari, browsers running Excel on the web): no polyfills.
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Engines loaded with import() land in their own chunks, fetched when first used.
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: { keep: isPlaygroundFile },
    },
    // Not an eval-based devtool in development: the pages' Content-Security-Policy has no
    // 'unsafe-eval', so `npm start` runs under the same policy as the production build.
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: { rules: [TS_RULE] },
    optimization: {
      // React and Fluent change less often than the pane: a separate, long-cached chunk.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          vendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", chunks: "initial", priority: -10 },
        },
      },
      runtimeChunk: false,
      // The pages are emitted as written: taskpane.html's Content-Security-Policy allows its
      // inline script by the SHA-256 of its text, which minifying would change (a few KB each).
      minimizeOptions: { html: false },
    },
    performance: {
      hints: production ? "warning" : false,
      // Raw bytes; about 3.3 raw bytes per gzipped byte here, so this tracks the 165 KB gzip budget.
      maxEntrypointSize: 550_000,
      maxAssetSize: 550_000,
      assetFilter: (file) => file.endsWith(".js"),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "defer",
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: serve
      ? {
          port: DEV_SERVER_PORT,
          server: { type: "https", options: await httpsServerOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}

/**
 * The playground runs the file adapter (src/xlsx) in the browser. What the adapter imports from
 * Node resolves to browser code here:
 * - zlib: a small stand-in over fflate (deflateRawSync, inflateRawSync);
 * - Buffer: the buffer package, as a global (ProvidePlugin) where a module uses it;
 * - fs, path, string_decoder: never called in the browser (the adapter reads bytes, not files, and
 *   reads no sheet from its XML as it inflates): empty modules; `node:` names as the plain ones;
 * - jszip: its sources, not its prebuilt browser copy, because the adapter uses JSZip's internal
 *   classes (jszip/lib/compressedObject …), which must be the very ones JSZip checks against; its
 *   Node-stream support is left out (stream: false);
 * - exceljs: its browser build without polyfills ("bare"), as the pages target evergreen browsers.
 */
const BROWSER_ADAPTER = {
  alias: {
    zlib$: path.resolve(__dirname, "src/playground/nodeShims/zlib.ts"),
    jszip$: path.resolve(__dirname, "node_modules/jszip/lib/index.js"),
    exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.bare.min.js"),
  },
  fallback: { fs: false, path: false, stream: false, string_decoder: false, buffer: require.resolve("buffer/") },
};

/**
 * The playground (playground.html): Huiwu's pane beside a workbook held in the browser. Its files
 * go into dist/playground/; the pane's own chunks (check, seat, …) are built again here, from the
 * same sources. `serve`: its http dev server.
 */
function playgroundConfig(production, serve) {
  const named = production ? "playground/[name].[contenthash:8]" : "playground/[name]";
  return {
    name: "playground",
    mode: production ? "production" : "development",
    context: __dirname,
    target: ["web", "es2020"],
    entry: { playground: "./src/playground/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: `${named}.js`,
      chunkFilename: `${named}.js`,
      // The sample workbooks (samples/*.xlsx), which the playground names with new URL(…).
      assetModuleFilename: `${named}[ext]`,
      publicPath: "auto",
      clean: { keep: (file) => !isPlaygroundFile(file) },
    },
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"], ...BROWSER_ADAPTER },
    module: {
      // ExcelJS's browser build is one prebuilt bundle: nothing in it for webpack to resolve.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [TS_RULE],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          vendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", chunks: "initial", priority: -10 },
          // ExcelJS and the rest of the file adapter stay in one chunk, fetched with the first workbook.
          defaultVendors: false,
        },
      },
      runtimeChunk: false,
      minimizeOptions: { html: false },
    },
    performance: {
      hints: production ? "warning" : false,
      // The first load within the pane's budget; the adapter's chunk (ExcelJS) loads when a workbook is opened.
      maxEntrypointSize: 550_000,
      maxAssetSize: 550_000,
      assetFilter: (file) => file.endsWith(".js") && !/[\\/]xlsx\./.test(file),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        inject: "body",
        scriptLoading: "defer",
        minify: false,
      }),
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      // webpack reads no `node:` URL for the web; the adapter's `node:path` is then `path` above.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.slice("node:".length);
      }),
    ],
    devServer: serve
      ? {
          host: "127.0.0.1",
          port: PLAYGROUND_PORT,
          server: "http",
          static: false,
          hot: false,
          devMiddleware: { index: "playground.html" },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}

module.exports.httpsServerOptions = httpsServerOptions;
