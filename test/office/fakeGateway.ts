import type { ExcelRun } from "../../src/office/excelRun";
import { createOfficeGateway } from "../../src/office/officeGateway";
import type { WorkbookGateway } from "../../src/workbook/gateway";
import { createFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import type { FixtureWorkbook } from "../workbook/gatewayHarness";

export interface FakeGatewaySetup {
  fake: FakeExcel;
  gateway: WorkbookGateway;
}

/** The real Office gateway over the fake Excel; the host supports ExcelApi 1.9 unless told otherwise. */
export function fakeGateway(
  fixture: FixtureWorkbook = { sheets: [{ name: "Sheet1", rows: [] }] },
  options: { apiMinor?: number; budgetBytes?: number; nullPropagates?: boolean; reportsTraces?: boolean; payloadLimit?: number } = {},
): FakeGatewaySetup {
  const apiMinor = options.apiMinor ?? 9;
  const fake = createFakeExcel(fixture, {
    apiMinor,
    nullPropagates: options.nullPropagates,
    reportsTraces: options.reportsTraces,
    payloadLimit: options.payloadLimit,
  });
  const gateway = createOfficeGateway(fake.run as unknown as ExcelRun, {
    isSetSupported: (set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= apiMinor,
    budgetBytes: options.budgetBytes,
  });
  return { fake, gateway };
}
