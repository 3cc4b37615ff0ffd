import type { SampleFile } from "./Playground";

/**
 * The repository's sample workbooks (samples/, made by `npm run samples`), emitted by webpack into
 * the build as files of their own (samples/<name>.<hash>.xlsx) and fetched from the page's origin.
 * Only the production bundle loads this file: tsc checks the project as CommonJS, which has no
 * import.meta, and tests pass their own samples.
 */
export const SAMPLES: Record<"zh" | "en", SampleFile> = {
  zh: {
    // @ts-expect-error tsc checks the project as CommonJS; webpack compiles this file as an ES module.
    url: new URL("../../samples/annual-work-conference.zh.xlsx", import.meta.url).href,
    fileName: "annual-work-conference.zh.xlsx",
  },
  en: {
    // @ts-expect-error as above
    url: new URL("../../samples/annual-conference.en.xlsx", import.meta.url).href,
    fileName: "annual-conference.en.xlsx",
  },
};
