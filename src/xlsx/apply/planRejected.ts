/** A write plan the workbook cannot take as it stands; thrown before anything is changed. */
export class PlanRejectedError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "PlanRejectedError";
  }
}

export function reject(en: string, zh: string): never {
  throw new PlanRejectedError(en, zh);
}
