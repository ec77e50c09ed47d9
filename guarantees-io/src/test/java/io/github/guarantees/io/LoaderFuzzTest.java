package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.model.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutational fuzzer for the two loaders, in plain JUnit: it starts from the shipped files
 * (the documented example agreement and scenario, and an agreement and a scenario file using every
 * part of the format, as YAML and JSON), applies random edits (bytes, spans, splices between files,
 * and tokens that have broken loaders before: aliases, tags, byte-order marks, huge values, control
 * and bidirectional characters, deep nesting), and feeds each result to the loader. The only
 * allowed outcomes are a valid value or a {@link LoadException} whose problems each name the file;
 * anything else (another exception, an error, a hang) is a finding, reported with the seed and the
 * input so that it replays.
 *
 * <p>Each target runs for {@code -Dfuzz.seconds} seconds (default 3, so that {@code verify} stays
 * quick; {@code .ci/run} gives each 60) with the seed {@code -Dfuzz.seed} (default: random,
 * printed).
 */
class LoaderFuzzTest {
  static final String[] TOKENS = {
    "&a ",
    "*a",
    "!custom ",
    "!!str ",
    "!!binary ",
    "\uFEFF",
    "\u202E",
    "\u0000",
    "\n",
    "\t",
    "\r",
    "PT2562047788015215H",
    "+1000000000-12-31T23:59:59Z",
    "-999999999-01-01",
    "P999999999D",
    "9999-12-31T23:59:59.999999999Z",
    "0000-01-01",
    "1e999",
    "-1",
    "99999999999999999999",
    "{ref: shared-1}",
    "ref: ",
    "conditions:\n  x: {occurred: a}\n",
    "[[[[[[[[[[[[[[[[",
    "{{{{{{{{",
    "'",
    "\"",
    ": ",
    "- ",
    "#",
    "---\n",
    "...\n",
    "~",
    "null",
    "true",
    "allOf: []",
    "not: ",
    "atLeast: {k: 0, of: []}",
    "within: {event: a, window: PT-1H, anchor: b}",
    "by ",
    "a".repeat(300),
    "? ",
    "<<: *a",
    "%YAML 1.2\n",
    "@",
    "`",
    "|\n  ",
    ">\n  "
  };

  static List<String> agreementSeeds() {
    List<String> out = new ArrayList<>();
    out.add(Fixtures.resource("example-agreement.yaml"));
    Agreement example = exampleAgreement();
    out.add(FileFormat.write(example, Syntax.JSON));
    out.add(FileFormat.write(Fixtures.everything(), Syntax.YAML));
    out.add(FileFormat.write(Fixtures.everything(), Syntax.JSON));
    return out;
  }

  static Agreement exampleAgreement() {
    return FileFormat.readAgreement(
        "example-agreement.yaml", Fixtures.resource("example-agreement.yaml"), Syntax.YAML);
  }

  static List<String> scenarioSeeds() {
    List<String> out = new ArrayList<>();
    out.add(Fixtures.resource("example-scenario.yaml"));
    out.add(FileFormat.write(Fixtures.scenarioFile(), Syntax.YAML));
    return out;
  }

  static String mutate(List<String> seeds, Random random) {
    StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
    int edits = 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
    for (int e = 0; e < edits; e++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
      switch (random.nextInt(8)) {
        case 0 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
        case 2 -> {
          int end = Math.min(text.length(), at + 1 + random.nextInt(200));
          String span = text.substring(at, end);
          text.insert(end, span.repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 3)));
        }
        case 3 -> {
          if (at < text.length()) {
            text.setCharAt(at, (char) random.nextInt(random.nextBoolean() ? 128 : 0x3000));
          }
        }
        case 4 -> {
          String other = seeds.get(random.nextInt(seeds.size()));
          int from = random.nextInt(other.length());
          text.insert(at, other, from, Math.min(other.length(), from + random.nextInt(300)));
        }
        case 5 -> {
          // Swap a line with another: moves keys between levels.
          String[] lines = text.toString().split("\n", -1);
          if (lines.length > 1) {
            int a = random.nextInt(lines.length);
            int b = random.nextInt(lines.length);
            String t = lines[a];
            lines[a] = lines[b];
            lines[b] = t;
            text = new StringBuilder(String.join("\n", lines));
          }
        }
        case 6 -> text.insert(at, "  ".repeat(random.nextInt(4)));
        default -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)].repeat(2));
      }
    }
    return text.toString();
  }

  /** Fuzzes one loader for the time budget; returns the executions per second. */
  static double fuzz(String target, List<String> seeds, Consumer<String> load) {
    long seed = Long.getLong("fuzz.seed", new Random().nextLong());
    long seconds = Long.getLong("fuzz.seconds", 3);
    Random random = new Random(seed);
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    long runs = 0;
    long valid = 0;
    while (System.nanoTime() < deadline) {
      String text = mutate(seeds, random);
      runs++;
      try {
        load.accept(text);
        valid++;
      } catch (LoadException e) {
        assertThat(e.problems())
            .as("%s, seed %s, run %s: a load error lists its problems", target, seed, runs)
            .isNotEmpty()
            .allSatisfy(p -> assertThat(p.file()).isEqualTo("fuzz"));
      } catch (RuntimeException | Error e) {
        throw new AssertionError(
            target
                + ": finding with -Dfuzz.seed="
                + seed
                + " at run "
                + runs
                + " ("
                + e
                + ") on input:\n"
                + text,
            e);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double rate = runs / elapsed;
    System.out.printf(
        "fuzz %s: seed %d, %,d executions in %.1f s (%,.0f/s), %,d valid, no finding%n",
        target, seed, runs, elapsed, rate, valid);
    assertThat(runs).as("%s ran", target).isPositive();
    return rate;
  }

  @Test
  void agreementLoader() {
    List<String> seeds = agreementSeeds();
    fuzz(
        "agreement loader",
        seeds,
        text ->
            FileFormat.readAgreement(
                "fuzz", text, text.trim().startsWith("{") ? Syntax.JSON : Syntax.YAML));
  }

  @Test
  void scenarioLoader() {
    Agreement example = exampleAgreement();
    fuzz(
        "scenario loader",
        scenarioSeeds(),
        text -> FileFormat.readScenario("fuzz", text, Syntax.YAML, ref -> Optional.of(example)));
  }
}
