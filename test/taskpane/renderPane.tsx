/**
 * Renders the whole pane (App in a FluentProvider, as PaneRoot does) over fake commands and a
 * fake host, for tests that drive it as a planner would: tabs, buttons, links.
 */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/core/i18n";
import { App, type AppProps } from "../../src/taskpane/App";
import type { PaneCommands } from "../../src/taskpane/paneCommands";
import { CHECKED, DOCS_EN, DOCS_ZH, PLANNED, REVIEW, ROOMS, seatingDraft } from "./paneFixtures";

// The lazy screens and Fluent's popups can take more than the default second on a busy two-core machine.
configure({ asyncUtilTimeout: 5000 });

export type FakeCommands = { [K in keyof PaneCommands]: jest.MockedFunction<PaneCommands[K]> };

/** Every command, answering with the fixtures; override any with your own. */
export function fakeCommands(lang: Lang, over: Partial<PaneCommands> = {}): FakeCommands {
  const commands: PaneCommands = {
    review: async () => REVIEW,
    check: async () => CHECKED,
    prepareSeating: async () => seatingDraft(),
    seat: async () => PLANNED,
    rooms: async () => ROOMS,
    documents: async () => (lang === "zh" ? DOCS_ZH : DOCS_EN),
    saveSettings: async () => ({ sheet: "Event", cells: ["B21"] }),
    goToCell: async () => {},
    ...over,
  };
  // Each a mock around its answer (a test's own mock included), so every call can be checked.
  return Object.fromEntries(Object.entries(commands).map(([k, f]) => [k, jest.fn(f)])) as unknown as FakeCommands;
}

export type Prefs = NonNullable<AppProps["host"]["prefs"]>;

/** A per-user store in memory (what localStorage is in Excel), its calls spied on. */
export function memoryPrefs(initial: Record<string, string> = {}): Prefs & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: jest.fn((key: string) => data.get(key) ?? null),
    setItem: jest.fn((key: string, value: string) => void data.set(key, value)),
  };
}

/** A store that refuses every call, as a locked-down webview's storage does. */
export function refusingPrefs(): Prefs {
  const refuse = () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };
  return { getItem: jest.fn(refuse), setItem: jest.fn(refuse) };
}

/** A host that reports edits when the test says so; `stopped` counts the unsubscribe calls. */
export function fakeWatch() {
  const listeners = new Set<(sheets: string[]) => void>();
  const stop = jest.fn();
  const watchEdits = jest.fn(async (onEdit: (sheets: string[]) => void) => {
    listeners.add(onEdit);
    return () => {
      listeners.delete(onEdit);
      stop();
    };
  });
  return {
    watchEdits,
    stop,
    /** Someone edits the workbook. */
    edit: (sheets: string[] = ["Roster 2026"]) => listeners.forEach((l) => l(sheets)),
    watching: () => listeners.size,
  };
}

export interface RenderPaneOptions {
  lang?: Lang;
  commands?: Partial<PaneCommands>;
  host?: Partial<AppProps["host"]>;
}

export function renderPane({ lang = "en", commands: over = {}, host: hostOver = {} }: RenderPaneOptions = {}) {
  const commands = fakeCommands(lang, over);
  const commandsFor = jest.fn((_lang: Lang) => commands);
  const host: AppProps["host"] = { lang, prefs: memoryPrefs(), ...hostOver };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} commandsFor={commandsFor} />
    </FluentProvider>,
  );
  return { ...result, commands, commandsFor, host };
}

/** Renders the pane and waits for its first read to show the Overview. */
export async function renderReadPane(options: RenderPaneOptions = {}) {
  const pane = renderPane(options);
  await screen.findByRole("heading", { name: /·/ });
  return pane;
}

/** Opens a tab as a planner does: by clicking it. */
export async function openTab(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name }));
  });
}

export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const button = (name: string | RegExp) => screen.getByRole("button", { name }) as HTMLButtonElement;
