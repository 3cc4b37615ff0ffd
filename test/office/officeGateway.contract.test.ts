import type { ExcelRun } from "../../src/office/excelRun";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createFakeExcel } from "../fakes/fakeExcel";
import { runGatewayContract } from "../workbook/gatewayContract";
import type { MakeHarness } from "../workbook/gatewayHarness";

/** The Office gateway over the in-memory Excel, seeded from the fixture; inspection reads the fake's stored state. */
const makeOfficeHarness: MakeHarness = async (fixture) => {
  const fake = createFakeExcel(fixture);
  return {
    gateway: createOfficeGateway(fake.run as unknown as ExcelRun, { isSetSupported: () => true }),
    inspect: async () => fake.inspect(),
  };
};

runGatewayContract("office (fake Excel)", makeOfficeHarness);
