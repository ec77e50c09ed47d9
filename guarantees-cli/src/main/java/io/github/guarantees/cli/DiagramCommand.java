package io.github.guarantees.cli;

import io.github.guarantees.io.AgreementFile;
import io.github.guarantees.io.References;
import io.github.guarantees.report.MermaidDiagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diagram}: the Mermaid flowchart of an agreement's activation logic. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
      "Draw an agreement's activation logic as a Mermaid flowchart: triggers, conditions, pledges"
          + " grouped by the clause they come from, and contributions with their caveats and"
          + " approvals; conditions on other pledges' statuses and powers are dotted edges between"
          + " pledges. GitHub and many editors draw a ```mermaid block in Markdown.",
      "",
      "AGREEMENT is a file (YAML, or JSON if named .json) or a built-in name: builtin:paris-2026."
    })
final class DiagramCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  /** The output formats of {@code diagram}. */
  enum Format {
    MERMAID,
    MARKDOWN
  }

  @Option(
      names = {"-a", "--agreement"},
      paramLabel = "AGREEMENT",
      required = true,
      description = "The agreement.")
  String agreement = "";

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description =
          "mermaid (the diagram's text) or markdown (in a ```mermaid block under a heading)"
              + " (default: ${DEFAULT-VALUE}).")
  Format format = Format.MERMAID;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write (default: standard output).")
  @Nullable Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AgreementFile af = References.agreementFile(agreement, (Path) null);
    Inputs.warn(af, err, new HashSet<>());
    String diagram = MermaidDiagram.flowchart(af.agreement());
    String text =
        switch (format) {
          case MERMAID -> diagram;
          case MARKDOWN -> "## " + af.agreement().title() + "\n\n```mermaid\n" + diagram + "```\n";
        };
    if (output == null) {
      out.print(text);
      return Main.OK;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("guarantees diagram: cannot write " + output + ": " + e.getMessage());
      return Main.BAD_INPUT;
    }
    out.println("wrote " + output);
    return Main.OK;
  }
}
