import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";

export interface SheetTabsProps {
  /** The workbook's visible worksheets, in tab order. */
  sheets: string[];
  active: string | undefined;
  onSelect: (sheet: string) => void;
  label: string;
}

const useStyles = makeStyles({
  bar: {
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { flexWrap: "nowrap" },
  tab: { whiteSpace: "nowrap" },
});

/** The sheet tabs under the grid, as in Excel: one per worksheet. */
export function SheetTabs({ sheets, active, onSelect, label }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <TabList
        className={styles.list}
        size="small"
        selectedValue={active}
        onTabSelect={(_, d) => onSelect(String(d.value))}
        aria-label={label}
      >
        {sheets.map((name) => (
          <Tab key={name} value={name} className={styles.tab}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
