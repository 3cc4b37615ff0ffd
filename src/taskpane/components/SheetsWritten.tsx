import { Fragment } from "react";
import { Link } from "@fluentui/react-components";
import type { PaneStrings } from "../strings";

/** The sheets a command wrote, each a link that opens it: the planner sees at once what changed. */
export function SheetsWritten({ sheets, s, onOpen }: { sheets: readonly string[]; s: PaneStrings; onOpen: (sheet: string) => void }) {
  const w = s.wrote;
  return (
    <>
      {w.before}
      {sheets.map((sheet, i) => (
        <Fragment key={sheet}>
          {i > 0 && w.separator}
          {/* The quotes stay on the line of the name they quote. */}
          <span style={{ whiteSpace: "nowrap" }}>
            {w.open}
            <Link as="button" aria-label={s.openSheet(sheet)} onClick={() => onOpen(sheet)}>
              {sheet}
            </Link>
            {w.close}
          </span>
        </Fragment>
      ))}
    </>
  );
}
