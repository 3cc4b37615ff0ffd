import { useEffect, useMemo, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters } from "../core/cellAddress";
import type { SheetSnapshot } from "../workbook/gateway";
import { cellText, formulasOf, gridWindow, inBlock, isCapped, valueAt, type CellBlock } from "./gridModel";
import type { PlaygroundStrings } from "./strings";

export interface SheetGridProps {
  /** The sheet's values as the gateway read them; undefined while reading. */
  snapshot: SheetSnapshot | undefined;
  /** The cells goToCell pointed at on this sheet. */
  selection?: CellBlock;
  strings: PlaygroundStrings;
}

const useStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column", minHeight: 0, flex: 1 },
  scroller: {
    flex: 1,
    minHeight: 0,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "20px",
    color: tokens.colorNeutralForeground1,
    tableLayout: "fixed",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    minWidth: "64px",
    padding: "0 4px",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    minWidth: "40px",
    padding: "0 6px",
    textAlign: "right",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 3, minWidth: "40px" },
  headOn: { color: tokens.colorBrandForeground1, backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  cell: {
    maxWidth: "220px",
    minWidth: "64px",
    height: "20px",
    padding: "0 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  number: { textAlign: "right" },
  formula: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  anchor: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** One sheet as a grid: column letters, row numbers, each cell's value as text; the selection highlighted and scrolled to. */
export function SheetGrid({ snapshot, selection, strings: s }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const view = useMemo(() => gridWindow(snapshot, selection), [snapshot, selection]);
  const formulas = useMemo(() => formulasOf(snapshot), [snapshot]);
  const rows = Array.from({ length: view.rows }, (_, i) => view.firstRow + i);
  const cols = Array.from({ length: view.cols }, (_, i) => view.firstCol + i);

  // Scrolled when goToCell points somewhere (again) or its sheet arrives, not when the pane's write refreshes the sheet.
  const shown = useRef<{ selection?: CellBlock; sheet?: string }>({});
  const sheet = snapshot?.name;
  useEffect(() => {
    if (!selection || !sheet) return;
    if (shown.current.selection === selection && shown.current.sheet === sheet) return;
    shown.current = { selection, sheet };
    const anchor = scroller.current?.querySelector<HTMLElement>("[data-anchor]");
    anchor?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [selection, sheet]);

  const capped = isCapped(view);
  return (
    <div className={styles.frame}>
      <div ref={scroller} className={styles.scroller} role="region" aria-label={snapshot ? s.grid(snapshot.name) : s.workbook} tabIndex={0}>
        <table className={styles.table} aria-label={snapshot ? s.grid(snapshot.name) : undefined}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} aria-hidden="true" />
              {cols.map((c) => {
                const on = selection !== undefined && c >= selection.col && c < selection.col + selection.cols;
                return (
                  <th key={c} scope="col" className={mergeClasses(styles.head, on && styles.headOn)}>
                    {columnLetters(c)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const rowOn = selection !== undefined && r >= selection.row && r < selection.row + selection.rows;
              return (
                <tr key={r}>
                  <th scope="row" className={mergeClasses(styles.rowHead, rowOn && styles.headOn)}>
                    {r + 1}
                  </th>
                  {cols.map((c) => {
                    const value = valueAt(snapshot, r, c);
                    const formula = value === "" ? formulas.get(`${r},${c}`) : undefined;
                    const text = formula ?? cellText(value);
                    const on = inBlock(selection, r, c);
                    const anchor = on && r === selection!.row && c === selection!.col;
                    const classes = [
                      styles.cell,
                      typeof value === "number" ? styles.number : "",
                      formula ? styles.formula : "",
                      on ? styles.selected : "",
                      anchor ? styles.anchor : "",
                    ].join(" ");
                    return (
                      <td
                        key={c}
                        className={classes}
                        data-cell={`${columnLetters(c)}${r + 1}`}
                        data-selected={on ? "true" : undefined}
                        data-anchor={anchor ? "" : undefined}
                        title={formula ? `${formula} — ${s.formulaPending}` : text.length > 8 ? text : undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {capped && (
        <p className={styles.note} role="note">
          {s.shown(
            [view.firstRow + 1, view.firstRow + view.rows],
            [columnLetters(view.firstCol), columnLetters(view.firstCol + view.cols - 1)],
            view.totalRows,
            view.totalCols,
          )}
        </p>
      )}
    </div>
  );
}
