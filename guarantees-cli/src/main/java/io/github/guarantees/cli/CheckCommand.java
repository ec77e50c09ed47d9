package io.github.guarantees.cli;

import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.io.AgreementFile;
import io.github.guarantees.io.Mismatch;
import io.github.guarantees.io.PropertyFailure;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.ScenarioWarning;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: evaluates scenario files and compares the outcome with their expectations. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate scenario files and compare each with the statuses it expects (its 'expect:'"
          + " list) and the properties it must satisfy (its 'holds:' list). Prints every"
          + " expectation not met with the explanation of the actual status, and every property"
          + " broken with the instant and the items that break it; exits 1 if any is.",
      "",
      "Each file names its agreement ('agreement: builtin:paris-2026' or a path relative to the"
          + " file) unless --agreement is given. Every file is read before any is evaluated: a bad"
          + " file stops the check with exit code 2."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = {"-a", "--agreement"},
      paramLabel = "AGREEMENT",
      description = "Check every scenario against this agreement instead of the one it names.")
  @Nullable String agreement;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text (default), junit (JUnit XML for CI: one test case per scenario file) or json"
              + " (a summary with every expectation not met).")
  CheckReports.Format format = CheckReports.Format.TEXT;

  @Parameters(
      arity = "1..*",
      paramLabel = "SCENARIO",
      description = "Scenario files, or built-in ones such as builtin:paris-2026/war-goes-on.")
  List<String> scenarios = new ArrayList<>();

  private record Loaded(String ref, ScenarioFile file, Agreement agreement) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Loaded> loaded = new ArrayList<>();
    Set<String> warned = new HashSet<>();
    boolean bad = false;
    for (String ref : scenarios) {
      try {
        ScenarioFile file = Inputs.scenario(ref);
        AgreementFile af = Inputs.agreementFor(file, ref, agreement);
        Agreement a = af.agreement();
        file.validate(a);
        Inputs.warn(af, err, warned);
        loaded.add(new Loaded(ref, file, a));
      } catch (IllegalArgumentException e) { // LoadException and ValidationException too
        err.println(e.getMessage());
        bad = true;
      }
    }
    if (bad) {
      return Main.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<CheckReports.Outcome> outcomes = new ArrayList<>();
    for (Loaded l : loaded) {
      outcomes.add(
          new CheckReports.Outcome(
              l.ref,
              l.file,
              l.file.check(l.agreement),
              l.file.checkProperties(l.agreement),
              l.file.warnings(l.agreement)));
    }
    int failed = (int) outcomes.stream().filter(o -> !o.passed()).count();
    switch (format) {
      case JUNIT -> out.print(CheckReports.junit(outcomes));
      case JSON -> out.print(CheckReports.json(outcomes));
      case TEXT -> text(outcomes, out);
    }
    return failed > 0 ? Main.NOT_MET : Main.OK;
  }

  private static void text(List<CheckReports.Outcome> outcomes, PrintWriter out) {
    int failed = 0;
    for (CheckReports.Outcome l : outcomes) {
      List<Mismatch> mismatches = l.mismatches();
      for (ScenarioWarning w : l.warnings()) {
        out.println("WARN " + w);
      }
      int n = l.expectations();
      int k = l.properties();
      if (l.empty()) {
        out.println(
            "NOTE " + l.ref() + ": no expectations to check (add an 'expect:' or a 'holds:' list)");
      } else if (l.passed()) {
        List<String> parts = new ArrayList<>();
        if (n > 0) {
          parts.add(n + (n == 1 ? " expectation" : " expectations") + " met");
        }
        if (k > 0) {
          parts.add(k + (k == 1 ? " property holds" : " properties hold"));
        }
        out.println("PASS " + l.ref() + ": " + String.join(", ", parts));
      } else {
        failed++;
        out.println("FAIL " + l.ref() + ": " + l.failed());
        for (Mismatch m : mismatches) {
          out.println("  " + m.summary());
          out.print(
              "      " + m.explanation().toString().stripTrailing().replace("\n", "\n      "));
          out.println();
        }
        for (PropertyFailure f : l.failures()) {
          out.println("  " + f.summary());
          for (Explanation e : f.explanations()) {
            out.print("      " + e.toString().stripTrailing().replace("\n", "\n      "));
            out.println();
          }
        }
      }
    }
    out.println(
        outcomes.size()
            + (outcomes.size() == 1 ? " scenario" : " scenarios")
            + " checked: "
            + (outcomes.size() - failed)
            + " passed, "
            + failed
            + " failed");
  }
}
