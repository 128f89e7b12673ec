/** A language tag such as "en", "ru-RU" or "zh-CN"; languages orderguard does not speak fall back to English. */
export type Locale = string;

export type Severity = "info" | "warning" | "error";

/** One problem found in the input: a stable code, how serious, which field, and localized text. */
export interface Finding {
  code: string;
  severity: Severity;
  field: string;
  message: string;
  hint?: string;
  params?: Record<string, string>;
}

/** Thrown for an argument orderguard cannot work with. */
export interface OrderguardError extends Error {
  /** Stable code, e.g. "invalid_input". */
  code: string;
  /** The offending field, e.g. "city" or "address". */
  field: string;
}

export interface CommonOptions {
  locale?: Locale;
}
