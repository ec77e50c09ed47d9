package io.github.guarantees.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code guarantees} command-line tool: runs the built-in examples, evaluates a scenario file
 * against an agreement, and checks scenario files with expected outcomes.
 *
 * <pre>{@code
 * ./guarantees check my-scenario.yaml
 * ./guarantees evaluate --agreement agreement.yaml --scenario my-scenario.yaml --explain
 * ./guarantees timeline --scenario builtin:paris-2026/request-withdrawn-then-renewed
 * ./guarantees diagram --agreement builtin:paris-2026
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success, {@value #NOT_MET} expectations not met, {@value #BAD_INPUT}
 * bad input or usage (with the error on standard error and nothing on standard output).
 */
@Command(
    name = "guarantees",
    usageHelpWidth = 100,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Evaluate security-guarantee agreements against scenarios.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  guarantees run",
      "  guarantees evaluate --scenario builtin:paris-2026/request-withdrawn --explain",
      "  guarantees check my-scenario.yaml",
      "  guarantees timeline --scenario builtin:paris-2026/request-withdrawn-then-renewed",
      "  guarantees diagram --agreement builtin:paris-2026 --output paris.mmd",
      "  guarantees analyse --agreement builtin:paris-2026 --properties"
          + " builtin:paris-2026/properties",
      "  guarantees atop --pair 1385:38"
    },
    subcommands = {
      RunCommand.class,
      EvaluateCommand.class,
      CheckCommand.class,
      TimelineCommand.class,
      CompareCommand.class,
      AnalyseCommand.class,
      DiagramCommand.class,
      AtopCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:expectations not met (check); a property does not hold (analyse)",
      "2:bad input or usage; the error goes to standard error"
    })
public final class Main implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: a scenario's expectations are not met. */
  public static final int NOT_MET = 1;

  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  Main() {
    this.spec = CommandSpec.create();
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the tool with the given streams, without exiting: for tests and embedding.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException) { // LoadException, ValidationException
            err.println(e.getMessage());
          } else {
            err.println("internal error: " + e);
            e.printStackTrace(err);
          }
          err.flush();
          return BAD_INPUT;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "give a command: run, evaluate, check, timeline, compare, analyse, diagram or atop (see"
            + " --help)");
  }

  /** Reports the tool's version from the jar's manifest, or the development version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"guarantees " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
