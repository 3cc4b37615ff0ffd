/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane into dist/. `webpack --mode production` needs no certificates;
// `webpack serve` serves https://localhost:3000 with the Office dev certificates.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;

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

  return {
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
      clean: true,
    },
    // Not an eval-based devtool in development: the pages' Content-Security-Policy has no
    // 'unsafe-eval', so `npm start` runs under the same policy as the production build.
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
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
        },
      ],
    },
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
};

module.exports.httpsServerOptions = httpsServerOptions;
