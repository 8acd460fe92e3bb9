/**
 * Mozilla's own linter on a Firefox build: `web-ext lint` (addons-linter, the checks
 * addons.mozilla.org runs on upload), through web-ext's Node API, which also skips the CLI's
 * check for a newer web-ext.
 */
import { cmd } from 'web-ext';

export interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly description?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface LintReport {
  readonly summary: { errors: number; warnings: number; notices: number };
  readonly errors: readonly LintMessage[];
  readonly warnings: readonly LintMessage[];
  readonly notices: readonly LintMessage[];
}

export async function lintFirefox(sourceDir: string): Promise<LintReport> {
  const report = (await cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false })) as
    LintReport | undefined;
  if (report?.summary === undefined)
    throw new Error(`web-ext lint gave no report for ${sourceDir}`);
  return report;
}

/** One line per message: code, file:line:column, message. */
export function describeMessages(messages: readonly LintMessage[]): string[] {
  return messages.map(
    (m) =>
      `${m.code} ${m.file ?? ''}${m.line === undefined ? '' : `:${m.line}:${m.column ?? 0}`} ${m.message}`,
  );
}
