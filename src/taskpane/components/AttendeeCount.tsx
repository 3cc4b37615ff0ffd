import type { WorkbookSummary } from "../../app/summary";
import type { PaneStrings } from "../strings";

export function AttendeeCount({ attendees, s }: { attendees: WorkbookSummary["attendees"]; s: PaneStrings }) {
  return (
    <p data-testid="attendee-count" style={{ margin: 0 }}>
      {attendees.withStatus ? s.attendees(attendees.total, attendees.confirmed, attendees.pending) : s.attendeesTotal(attendees.total)}
    </p>
  );
}
