import { fillSeating } from "../../src/app/seat";
import type { CellValue } from "../../src/core/cellValue";
import { runSeatCommand } from "../../src/taskpane/seatCommand";
import { runTableRequest } from "../../src/taskpane/tableWorker";
import type { TableWorkerReply, TableWorkerRequest } from "../../src/taskpane/tableWorkerProtocol";
import type { TableWorkerPort } from "../../src/taskpane/workerSolver";
import { MemoryGateway } from "../fakes/memoryGateway";

const ROSTER: CellValue[][] = [
  ["编号", "姓名", "单位"],
  ...Array.from({ length: 24 }, (_, i) => [`A${i + 1}`, `来宾${i + 1}`, `单位${i % 5}`]),
];
// A list with no 主席台 column: the tables only, no rostrum sheets.
const book = () => new MemoryGateway({ 会议信息: [["每桌人数", 8]], 参会人员: ROSTER });

/** A worker that runs the real worker code in this process, answering asynchronously as a real one does. */
class InProcessWorker implements TableWorkerPort {
  onmessage: TableWorkerPort["onmessage"] = null;
  onerror: TableWorkerPort["onerror"] = null;
  terminated = false;
  postMessage(request: TableWorkerRequest): void {
    const replies: TableWorkerReply[] = [];
    runTableRequest(structuredClone(request), (r) => replies.push(r));
    for (const data of replies) setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent<TableWorkerReply>), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("runSeatCommand", () => {
  test("plans in the worker, writes the seating sheets and gives the same plan as planning in this thread", async () => {
    const worker = new InProcessWorker();
    const gateway = book();
    const onProgress = jest.fn();
    const summary = await runSeatCommand(gateway, { lang: "zh", startWorker: () => worker, onProgress, shouldCancel: () => false });
    expect(summary.status).toBe("ok");
    expect(summary.sheetsWritten).toEqual(["桌次安排", "桌次图"]);
    expect(summary.tables).toMatchObject({ guests: 24, used: 3 });
    expect(onProgress).toHaveBeenCalled();
    expect(worker.terminated).toBe(true);

    const inThread = book();
    await fillSeating(inThread, { lang: "zh" });
    expect(gateway.applied).toEqual(inThread.applied);
  });

  test("where no worker can start it plans in this thread", async () => {
    const summary = await runSeatCommand(book(), {
      lang: "en",
      startWorker: () => undefined,
      onProgress: () => {},
      shouldCancel: () => false,
    });
    expect(summary.status).toBe("ok");
    expect(summary.sheetsWritten).toEqual(["Table Assignment", "Table Chart"]);
  });

  test("cancelled: the worker is ended and nothing is written", async () => {
    const worker = new InProcessWorker();
    const gateway = book();
    let cancel = false;
    const summary = await runSeatCommand(gateway, {
      lang: "zh",
      startWorker: () => worker,
      onProgress: () => (cancel = true),
      shouldCancel: () => cancel,
    });
    expect(summary.status).toBe("cancelled");
    expect(worker.terminated).toBe(true);
    expect(gateway.applied).toEqual([]);
  });
});
