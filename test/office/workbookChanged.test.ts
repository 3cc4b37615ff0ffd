import { OfficeRequestError } from "../../src/office/errors";
import { workbookChangedError } from "../../src/office/workbookChanged";
import { WorkbookUnavailableError } from "../../src/workbook/gateway";

describe("workbookChangedError", () => {
  it("says in both languages that nothing was written and the command should run again", () => {
    const cause = new Error("RichApi.Error zzsecret");
    const e = workbookChangedError([], cause);
    expect(e).toBeInstanceOf(OfficeRequestError);
    expect(e).toBeInstanceOf(WorkbookUnavailableError);
    expect(e.code).toBe("WorkbookChanged");
    expect(e.message).toBe(
      "The workbook changed while Huiwu was working (a sheet was added, renamed or removed by someone else); nothing was written — run the command again.",
    );
    expect(e.messageZh).toBe("会务助手工作期间，工作簿被他人更改（添加、重命名或删除了工作表）；未写入任何内容——请重新运行该命令。");
    expect((e as { cause?: unknown }).cause).toBe(cause);
  });

  it("names the empty sheets it had added and could not remove", () => {
    const one = workbookChangedError(["会议信息"], undefined);
    expect(one.message).toMatch(
      /the empty sheet “会议信息” it had just added could not be removed — delete it, then run the command again\.$/,
    );
    expect(one.messageZh).toMatch(/空工作表“会议信息”未能移除——请删除后重新运行该命令。$/);
    const two = workbookChangedError(["会议信息", "预算"], undefined);
    expect(two.message).toMatch(/the empty sheets “会议信息”, “预算” .* delete them,/);
    expect(two.messageZh).toMatch(/“会议信息”“预算”/);
  });
});
