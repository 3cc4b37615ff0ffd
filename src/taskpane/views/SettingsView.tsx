import { useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SettingField, SettingGroup, SettingsForm } from "../../app/settingsForm";
import type { WorkbookSummary } from "../../app/summary";
import type { Lang } from "../../core/i18n";
import type { WriteRunner } from "../App";
import { InputSheetList } from "../components/InputSheetList";
import type { PaneCommands, SettingValue } from "../paneCommands";
import { settingsPaneStrings } from "../settingsStrings";
import type { PaneStrings } from "../strings";

const GROUPS: SettingGroup[] = ["check", "seating", "rooms", "print"];

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dropdown: { minWidth: 0, width: "100%" },
  action: { justifySelf: "start" },
});

export interface SettingsViewProps {
  form?: SettingsForm;
  understood?: WorkbookSummary;
  commands: PaneCommands;
  lang: Lang;
  /** The planner's own language choice; undefined: follow Office. */
  langChoice?: Lang;
  onLangChoice: (lang: Lang | undefined) => void;
  s: PaneStrings;
  write: WriteRunner;
  /** After saving: read the workbook again, so every screen uses the new settings. */
  onSaved: () => void;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** What a field shows: a share as the percentage planners type, a number as is. */
function shown(field: SettingField, value: SettingValue | undefined): string {
  if (value === undefined) return "";
  if (field.type === "percent" && typeof value === "number") return String(Math.round(value * 1000) / 10);
  return String(value);
}

/** What the planner typed, as the setting's value; undefined when it cannot be one (the field says so). */
function parsed(field: SettingField, text: string): SettingValue | null | undefined {
  const t = text.trim().replace(/[%％,，]/g, "");
  if (t === "") return null;
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0) return undefined;
  if (field.type === "integer") return Number.isInteger(n) ? n : undefined;
  if (field.type === "percent") return n / 100;
  return n;
}

/**
 * The Event sheet's thresholds and switches as a form that writes those rows, so every
 * co-author checks, seats and prints the same way; the pane's language is the planner's own.
 */
export function SettingsView({
  form,
  understood,
  commands,
  lang,
  langChoice,
  onLangChoice,
  s,
  write,
  onSaved,
  onGoToCell,
}: SettingsViewProps) {
  const styles = useStyles();
  const t = settingsPaneStrings(lang);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Record<string, SettingValue | null>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bad = form?.fields.filter((f) => texts[f.key] !== undefined && parsed(f, texts[f.key]) === undefined) ?? [];
  const changes = Object.fromEntries(Object.entries(values).filter(([k, v]) => form?.fields.find((f) => f.key === k)?.value !== v));
  const changedCount = Object.keys(changes).length;

  const save = async () => {
    setBusy(true);
    setSaved(null);
    const r = await write(() => commands.saveSettings(changes), { reread: false });
    setBusy(false);
    if (!r) return;
    setSaved(t.saved(r.sheet, r.cells));
    setTexts({});
    setValues({});
    onSaved();
  };

  const control = (f: SettingField) => {
    const current = f.key in values ? values[f.key] : f.value;
    if (f.type === "boolean")
      return (
        <Switch
          checked={(current ?? f.fallback) === true}
          disabled={busy}
          label={(current ?? f.fallback) === true ? t.yes : t.no}
          onChange={(_, d) => setValues((v) => ({ ...v, [f.key]: d.checked }))}
        />
      );
    if (f.type === "choice") {
      const code = (current ?? f.fallback) as string | undefined;
      const label = f.choices?.find((c) => c.code === code)?.label[lang] ?? "";
      return (
        <Dropdown
          className={styles.dropdown}
          value={label}
          selectedOptions={code ? [code] : []}
          disabled={busy}
          onOptionSelect={(_, d) => setValues((v) => ({ ...v, [f.key]: d.optionValue ?? null }))}
        >
          {f.choices?.map((c) => (
            <Option key={c.code} value={c.code}>
              {c.label[lang]}
            </Option>
          ))}
        </Dropdown>
      );
    }
    return (
      <Input
        inputMode="decimal"
        value={texts[f.key] ?? shown(f, f.value)}
        placeholder={f.fallback !== undefined ? t.defaultIs(shown(f, f.fallback)) : t.none}
        contentAfter={f.type === "percent" ? "%" : undefined}
        disabled={busy}
        onChange={(_, d) => {
          setTexts((x) => ({ ...x, [f.key]: d.value }));
          const v = parsed(f, d.value);
          if (v !== undefined) setValues((x) => ({ ...x, [f.key]: v }));
        }}
      />
    );
  };

  return (
    <div className={styles.root}>
      <section className={styles.group} aria-labelledby="huiwu-language">
        <h2 id="huiwu-language" className={styles.subheading}>
          {t.languageHeading}
        </h2>
        <Field label={t.language} hint={t.languageHint}>
          <Dropdown
            className={styles.dropdown}
            value={langChoice ? t.languages[langChoice] : t.followOffice}
            selectedOptions={[langChoice ?? ""]}
            onOptionSelect={(_, d) => onLangChoice(d.optionValue === "zh" || d.optionValue === "en" ? d.optionValue : undefined)}
          >
            <Option value="">{t.followOffice}</Option>
            <Option value="zh">{t.languages.zh}</Option>
            <Option value="en">{t.languages.en}</Option>
          </Dropdown>
        </Field>
      </section>
      {form && (
        <>
          <p className={styles.hint}>{form.sheet ? t.sharedHint(form.sheet) : t.noEventSheet}</p>
          {GROUPS.map((g) => (
            <section key={g} className={styles.group} aria-labelledby={`huiwu-settings-${g}`}>
              <h2 id={`huiwu-settings-${g}`} className={styles.subheading}>
                {t.groups[g]}
              </h2>
              {form.fields
                .filter((f) => f.group === g)
                .map((f) => (
                  <Field
                    key={f.key}
                    label={f.label[lang]}
                    validationState={bad.includes(f) ? "error" : "none"}
                    validationMessage={bad.includes(f) ? t.expected[f.type] : undefined}
                    hint={
                      f.cell && form.sheet ? (
                        <Link as="button" onClick={() => onGoToCell(form.sheet!, f.cell!)}>
                          {t.inCell(f.cell)}
                        </Link>
                      ) : undefined
                    }
                  >
                    {control(f)}
                  </Field>
                ))}
            </section>
          ))}
          <Button
            className={styles.action}
            appearance="primary"
            disabled={busy || !form.sheet || changedCount === 0 || bad.length > 0}
            onClick={save}
          >
            {t.save(changedCount)}
          </Button>
          {saved && (
            // Named by its text: without a MessageBarTitle, Fluent's aria-labelledby would point at nothing.
            <MessageBar intent="success" layout="multiline" aria-labelledby="huiwu-saved">
              <MessageBarBody id="huiwu-saved">{saved}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {understood && (
        <section className={styles.group} aria-labelledby="huiwu-columns">
          <h2 id="huiwu-columns" className={styles.subheading}>
            {t.columnsHeading}
          </h2>
          <p className={styles.hint}>{t.columnsHint}</p>
          <InputSheetList inputs={understood.inputs} understood={understood.understood} lang={lang} s={s} />
        </section>
      )}
    </div>
  );
}
