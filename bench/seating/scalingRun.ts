import { scalingTable, seatingScaling } from "./scaling";

/** The scaling table for the sizes given on the command line (default 2,000): `npx tsx bench/seating/scalingRun.ts 500 2000`. */
const sizes = process.argv.slice(2).map(Number);
console.log(scalingTable(seatingScaling(sizes.length ? sizes : [2_000])));
