import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/finding";

const COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorBrandForeground1,
};

/** A 16 px status mark; drawn inline so the pane needs no icon package. */
export function SeverityIcon({ severity, label }: { severity: Severity; label: string }) {
  const color = COLOR[severity];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" role="img" aria-label={label} style={{ flex: "none" }}>
      <title>{label}</title>
      {severity === "warning" ? <path d="M8 1.5 15 14.5H1Z" fill={color} /> : <circle cx="8" cy="8" r="7" fill={color} />}
      {severity === "error" && <path d="M5.5 5.5l5 5m0-5-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />}
      {severity === "warning" && <path d="M8 6v4.2M8 12.3v.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />}
      {severity === "info" && <path d="M8 7.3v4.4M8 4.6v.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />}
    </svg>
  );
}
