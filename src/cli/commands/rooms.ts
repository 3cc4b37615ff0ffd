import { resolve } from "node:path";
import { allocateHotelRooms } from "../../app/rooms";
import type { CliArgs } from "../args";
import { writeOut } from "../writeOut";
import { assertSeparateOutput, type CliIO } from "../io";
import { openForCommand } from "../readPhase";
import { requireRoster } from "../requireRoster";

/** huiwu rooms FILE [--out OUT]: prints the allocation's totals and who could not be placed; --out writes the sheet. */
export async function runRooms(args: CliArgs, io: CliIO): Promise<number> {
  assertSeparateOutput(args.file, args.out, resolve);
  const { book, gateway } = await openForCommand(args.file, io);
  const result = await allocateHotelRooms(gateway, { lang: args.lang, dryRun: true });
  requireRoster(result.parsed);
  const { lang, allocation } = result;
  if (args.json) {
    io.out(JSON.stringify({ allocation, settingProblems: result.settingProblems }, null, 2));
  } else {
    const rooms = allocation.rooms.filter((r) => !r.spare);
    const guests = rooms.reduce((n, r) => n + r.occupants.length, 0);
    io.out(
      lang === "zh"
        ? `住宿分配：${guests} 人入住 ${rooms.length} 间房，机动房 ${allocation.rooms.length - rooms.length} 间，无法安排 ${allocation.unplaceable.length} 人`
        : `Rooms: ${guests} guests in ${rooms.length} rooms, ${allocation.rooms.length - rooms.length} spare, ${allocation.unplaceable.length} not placed`,
    );
    for (const u of allocation.unplaceable) io.out(`  ${u.sheet}!${u.cell}  ${u.message[lang]}`);
    for (const p of result.settingProblems) io.out(`  ${p.sheet}!${p.cell}  ${p.message[lang]}  [${p.id}]`);
  }
  if (args.out) await writeOut(book, gateway, result.plan, args.out, lang, io, args.json);
  return allocation.unplaceable.length > 0 ? 1 : 0;
}
