// Bundles the office.js stand-in (test/e2e/officeStandIn) for the browser. The end-to-end
// test passes --output-path; nothing here is shipped.
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = {
  mode: "development",
  // No eval-based source maps: the stand-in is served as one plain script.
  devtool: false,
  context: ROOT,
  target: ["web", "es2020"],
  entry: { "office-stand-in": "./test/e2e/officeStandIn/index.ts" },
  output: { path: path.join(ROOT, "node_modules", ".cache", "huiwu-e2e", "office-stand-in"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020" } },
        },
      },
    ],
  },
  performance: { hints: false },
};
