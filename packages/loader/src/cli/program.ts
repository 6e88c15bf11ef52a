import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { runBuild, type BuildOptions } from "./build-command.js";
import { ExitCode } from "./exit-code.js";
import { runInspect } from "./inspect-command.js";
import type { Terminal } from "./terminal.js";

/**
 * Parses the command line and runs one command; resolves to the exit status. Usage mistakes
 * (unknown option, missing argument) exit 2 with commander's one-line message and a hint.
 */
export async function runCli(argv: readonly string[], terminal: Terminal, version: string): Promise<ExitCode> {
  let status: ExitCode = ExitCode.Ok;
  const program = new Command("corpus")
    .description("Turn French and English news articles into a validated corpus of articles, actors and PLOVER events.")
    .version(version)
    .exitOverride()
    .showHelpAfterError("(run `corpus --help` for usage)")
    .configureOutput({ writeOut: (text) => terminal.out(text), writeErr: (text) => terminal.err(text) });

  program
    .command("build")
    .description("load every *.txt under <dir> and write the Corpus JSON")
    .argument("<dir>", "directory of articles (searched recursively)")
    .requiredOption("-o, --out <file>", "where to write the Corpus JSON")
    .option("--strict", "exit with status 1 when any document has a problem", false)
    .option("-q, --quiet", "print only the diagnostics: no progress line, no summary", false)
    .option("-w, --workers <n>", "worker threads for reading and extraction: a number, or `auto` for one per core (pays off from ~1,000 articles)", parseWorkers, 1)
    .action(async (dir: string, options: BuildOptions) => {
      status = await runBuild(dir, options, terminal);
    });

  program
    .command("inspect")
    .description("show what is extracted from one article, with the evidence highlighted")
    .argument("<file>", "an article file")
    .option("--json", "print the one-article Corpus as JSON instead", false)
    .action((file: string, options: { json: boolean }) => {
      status = runInspect(file, options, terminal);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw error;
  }
  return status;
}

function parseWorkers(value: string): number {
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1, or `auto`");
  return n;
}
