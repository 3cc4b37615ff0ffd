import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "huiwu-certs-"));
const files = {
  caCertificatePath: join(dir, "ca.crt"),
  localhostCertificatePath: join(dir, "localhost.crt"),
  localhostKeyPath: join(dir, "localhost.key"),
};

jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: () =>
    Promise.reject(new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n    at installCaCertificate")),
}));
jest.mock("office-addin-dev-certs/lib/defaults", () => files);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { httpsServerOptions } = require("../webpack.config.js") as {
  httpsServerOptions: () => Promise<{ ca: Buffer; key: Buffer; cert: Buffer }>;
};

describe("npm start where the development certificate cannot be installed (root without sudo)", () => {
  it("serves with the certificate it made and says in one message how to trust it, with no stack", async () => {
    for (const [name, f] of Object.entries(files)) writeFileSync(f, name);
    const errors: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const options = await httpsServerOptions();
    spy.mockRestore();
    expect(options.cert.toString()).toBe("localhostCertificatePath");
    expect(options.key.toString()).toBe("localhostKeyPath");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("sudo: not found");
    expect(errors[0]).toContain(`cp ${files.caCertificatePath} /usr/local/share/ca-certificates/`);
    expect(errors[0]).not.toMatch(/\n\s+at /);
  });
});
