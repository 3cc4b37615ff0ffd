/** The parts of Office.js the pane touches before and around Excel.run. */
export interface OfficeStandInOptions {
  displayLanguage: string;
  /** Highest ExcelApi 1.x the simulated host supports. */
  apiMinor: number;
  /** Office's dark theme: officeTheme's colours as Office gives them. */
  dark?: boolean;
  onReady: () => void;
}

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

/** "1.8" → 8 for ExcelApi 1.x; NaN for anything else. */
function excelApiMinor(version: string | undefined): number {
  if (version === undefined) return 0;
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : NaN;
}

/** Office as Excel on the web shows it: onReady resolves once the (simulated) host is there. */
export function createOfficeStandIn(options: OfficeStandInOptions) {
  const info = { host: HOST_TYPE.Excel, platform: PLATFORM_TYPE.OfficeOnline };
  return {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    context: {
      displayLanguage: options.displayLanguage,
      ...(options.dark
        ? {
            officeTheme: {
              bodyBackgroundColor: "#262626",
              bodyForegroundColor: "#ffffff",
              controlBackgroundColor: "#3b3b3b",
              controlForegroundColor: "#ffffff",
            },
          }
        : {}),
      host: info.host,
      platform: info.platform,
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          return name === "ExcelApi" && excelApiMinor(minVersion) <= options.apiMinor;
        },
      },
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      options.onReady();
      // Office calls back asynchronously, after its own initialisation.
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
  };
}
