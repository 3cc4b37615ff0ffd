// The Seat and Rooms views as one chunk: the pane loads it when either command is first run.
export { SeatProgress } from "./SeatProgress";
export { SeatResultView } from "./SeatResultView";
export { RoomsResultView } from "./RoomsResultView";
