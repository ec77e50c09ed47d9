package io.github.guarantees.cli;

import io.github.guarantees.atop.AtopData;
import io.github.guarantees.atop.AtopReport;
import io.github.guarantees.atop.CasusFoederis;
import io.github.guarantees.atop.Decision;
import io.github.guarantees.atop.ImportedAlliance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atop}: explains the library's casus foederis decision on one ATOP alliance–war pair, or
 * writes the agreement report against the human coding.
 */
@Command(
    name = "atop",
    mixinStandardHelpOptions = true,
    description = {
      "Decide the casus foederis of an ATOP alliance in a war, or write the agreement report.",
      "  guarantees atop --pair 1385:38",
      "  guarantees atop --report [--output docs/ATOP.md]"
    })
final class AtopCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  static final class What {
    @Option(
        names = "--pair",
        paramLabel = "ATOPID:WARID",
        description = "Explain the decision on one alliance-war pair.")
    @Nullable String pair;

    @Option(names = "--report", description = "Write the agreement report (Markdown).")
    boolean report;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what = new What();

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "With --report: the file to write (default: standard output).")
  @Nullable Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtopData data = AtopData.load();
    if (what.report) {
      String markdown = AtopReport.of(data).markdown();
      if (output == null) {
        out.print(markdown);
        out.flush();
        return Main.OK;
      }
      try {
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("guarantees atop: cannot write " + output + ": " + e.getMessage());
        return Main.BAD_INPUT;
      }
      out.println("wrote " + output);
      out.flush();
      return Main.OK;
    }
    String pair = what.pair == null ? "" : what.pair;
    String[] parts = pair.split(":", -1);
    int atopId;
    int warId;
    try {
      if (parts.length != 2) {
        throw new NumberFormatException();
      }
      atopId = Integer.parseInt(parts[0].strip());
      warId = Integer.parseInt(parts[1].strip());
    } catch (NumberFormatException e) {
      err.println("guarantees atop: --pair '" + pair + "' is not ATOPID:WARID, e.g. 1385:38");
      return Main.BAD_INPUT;
    }
    CasusFoederis casus = CasusFoederis.of(data);
    Optional<Decision> decision = casus.decide(atopId, warId);
    if (decision.isEmpty()) {
      err.println(
          "guarantees atop: "
              + (data.alliance(atopId).isEmpty()
                  ? "ATOP 4.01 has no alliance " + atopId
                  : "the war file has no war " + warId));
      return Main.BAD_INPUT;
    }
    Decision d = decision.get();
    ImportedAlliance alliance = casus.alliance(atopId).orElseThrow();
    AtopData.War war = data.war(warId).orElseThrow();
    out.println(
        "ATOP alliance "
            + atopId
            + " in war "
            + warId
            + " ("
            + war.name()
            + ", "
            + war.start()
            + " to "
            + war.end()
            + ")");
    out.println("casus foederis: " + (d.met() ? "met" : "not met"));
    out.println("decided by: " + d.reason());
    d.explanation().ifPresent(e -> out.println("clause: " + e.source().citation()));
    if (!d.assumptions().isEmpty()) {
      out.println("assumptions:");
      d.assumptions().forEach(a -> out.println("  " + a.name() + ": " + a.sentence()));
    }
    if (!alliance.limitations().isEmpty()) {
      out.println("limitations of the import:");
      alliance.limitations().forEach(l -> out.println("  " + l.name() + ": " + l.sentence()));
    }
    data.pairs().stream()
        .filter(p -> p.atopId() == atopId && p.warId() == warId)
        .findFirst()
        .ifPresent(p -> out.println("coders: LLM " + p.llm().label() + ", BF " + p.bf().label()));
    out.flush();
    return Main.OK;
  }
}
