/**
 * Where each table stands on the banquet floor plan, after Chinese protocol (桌次: 居中为上、
 * 以右为上、近台为上): the main table in the centre of the front row, nearest the stage; the
 * next tables by rank alternate to the host's right and left of it, further out each time; the
 * next row behind continues the same pattern. The chart is seen from above with the stage at the
 * top and the host facing the door, so the host's right is the chart's left.
 */
export interface FloorSpot {
  /** 0 = the front row, nearest the stage. */
  row: number;
  /**
   * Table widths from the stage's centre line, as the chart shows it: negative is the chart's
   * left (the host's right). A row with an even count away from the front stands on the halves,
   * so it stays centred under the stage.
   */
  offset: number;
}

/**
 * Tables a row by how many there are: the width that prints the plan largest on a landscape
 * page (a table's block is about one and a half times as wide as it is tall, the page's height
 * takes two rows of blocks for every three tables across). Up to 3 in one row; up to 9, rows of
 * 3; up to 20, rows of 5; beyond, rows of 7 (five rows, 35 tables, still fit one page).
 */
const BY_COUNT: readonly { upTo: number; perRow: number }[] = [
  { upTo: 9, perRow: 3 },
  { upTo: 20, perRow: 5 },
];
const ONE_ROW_MAX = 3;
const WIDE = 7;

/** Tables side by side (see BY_COUNT). Odd widths, so a full row is symmetric about its centre table. */
export function perRowFor(count: number): number {
  if (count <= ONE_ROW_MAX) return Math.max(1, count);
  return BY_COUNT.find((b) => count <= b.upTo)?.perRow ?? WIDE;
}

/**
 * The spot of each table by rank (index 0 = the main table, then table 2, 3, …), `perRow` to a
 * row. The front row always starts at the centre (the main table sits under the middle of the
 * stage even when the row is short of tables); a later row is centred under the stage.
 */
export function floorPlan(count: number, perRow: number): FloorSpot[] {
  const width = Math.max(1, Math.floor(perRow));
  const spots: FloorSpot[] = [];
  for (let rank = 0; rank < count; rank++) {
    const row = Math.floor(rank / width);
    const inRow = Math.min(width, count - row * width);
    const centred = row === 0 || inRow % 2 === 1;
    spots.push({ row, offset: centred ? fromCentre(rank % width) : fromMiddle(rank % width) });
  }
  return spots;
}

/** 0, then −1, +1, −2, +2, …: the centre, then the host's right and left in turn. */
function fromCentre(i: number): number {
  if (i === 0) return 0;
  const step = Math.ceil(i / 2);
  return i % 2 === 1 ? -step : step;
}

/** −½, +½, −1½, +1½, …: an even row either side of the centre line, the host's right first. */
function fromMiddle(i: number): number {
  const step = Math.floor(i / 2) + 0.5;
  return i % 2 === 0 ? -step : step;
}

/** How many table widths the plan spans: symmetric about the centre line, so the stage is centred over the main table. */
export function planWidth(spots: readonly FloorSpot[]): number {
  return 2 * Math.max(0, ...spots.map((s) => Math.abs(s.offset))) + 1;
}
