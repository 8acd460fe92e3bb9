// The part of web-ext's Node API that scripts/package/firefox-lint.ts calls (web-ext ships no
// types). `cmd.lint` runs addons-linter as `web-ext lint` does and resolves with its report.
declare module 'web-ext' {
  export const cmd: {
    lint(
      params: { sourceDir: string; output: 'none' | 'json' | 'text'; selfHosted?: boolean },
      options: { shouldExitProgram: boolean },
    ): Promise<unknown>;
  };
}
