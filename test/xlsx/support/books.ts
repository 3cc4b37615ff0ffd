import type { SheetWrite } from "../../../src/core/plan/writePlan";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer, type XlsxWorkbook } from "../../../src/xlsx";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";
import { fixtureBuffer } from "./fixtureBook";
import { inspectXlsx } from "./inspectXlsx";

export async function openFixture(fixture: FixtureWorkbook) {
  const book: XlsxWorkbook = await openXlsxBuffer(await fixtureBuffer(fixture), "fixture.xlsx");
  return { book, gateway: createXlsxGateway(book), inspect: async () => inspectXlsx(await toXlsxBuffer(book)) };
}

export function write(name: string, mode: SheetWrite["mode"], rest: Partial<SheetWrite> = {}): SheetWrite {
  return { name, mode, exists: mode === "replace", values: [], ...rest };
}
