import { readNoticeSettings } from "../../../../src/core/documents/notice/noticeSettings";
import { FULL_EVENT } from "../../rules/notice/eventFixture";
import { eventOf } from "./noticeFixture";

describe("readNoticeSettings", () => {
  it("reads the organiser and the notice date from their Event rows, by any of their names", () => {
    const { settings, findings } = readNoticeSettings(eventOf([...FULL_EVENT, ["主办单位", "市政府办公室"], ["通知日期", "2026-11-20"]]));
    expect(settings).toEqual({ organiser: "市政府办公室", date: { date: "2026-11-20" } });
    expect(findings).toEqual([]);
    expect(
      readNoticeSettings(
        eventOf(
          [
            ["Event name", "X"],
            ["Issued by", "The Board"],
          ],
          "en",
        ),
      ).settings,
    ).toEqual({ organiser: "The Board" });
  });

  it("reports a notice date it cannot read and leaves it unset", () => {
    const { settings, findings } = readNoticeSettings(eventOf([...FULL_EVENT, ["发文日期", "下周一"]]));
    expect(settings.date).toBeUndefined();
    expect(findings.map((f) => `${f.cell} ${f.id}`)).toEqual(["B13 settings.invalid"]);
  });
});
