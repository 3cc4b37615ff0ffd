import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../src/xlsx";
import { runGatewayContract } from "../workbook/gatewayContract";
import type { MakeHarness } from "../workbook/gatewayHarness";
import { fixtureBuffer } from "./support/fixtureBook";
import { inspectXlsx } from "./support/inspectXlsx";

/** The fixture is a real .xlsx written by ExcelJS; inspection saves and re-reads the file. */
const makeXlsxHarness: MakeHarness = async (fixture) => {
  const book = await openXlsxBuffer(await fixtureBuffer(fixture), "fixture.xlsx");
  return {
    gateway: createXlsxGateway(book),
    inspect: async () => inspectXlsx(await toXlsxBuffer(book)),
  };
};

runGatewayContract("xlsx (ExcelJS)", makeXlsxHarness);
