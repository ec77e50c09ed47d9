package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random edits of the documented example files: each edited file either loads or fails with
 * a {@link LoadException} whose problems all name the file; nothing else escapes (no
 * NullPointerException, ClassCastException or StackOverflowError). A failure prints the seed and
 * the edited text, so it replays.
 */
class MutationTest {
  static final int RUNS = 1500;
  static final String[] WORDS = {
    "",
    " ",
    ":",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "~",
    "null",
    "true",
    "42",
    "-1",
    "1e999",
    "'",
    "\"",
    "#",
    "&a",
    "*a",
    "!!str",
    "allOf:",
    "not:",
    "occurred:",
    "by",
    "\t",
    "\n",
    "  ",
    "---"
  };

  @Test
  void randomEditsLoadOrFailCleanly() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] files = {"example-agreement.yaml", "example-scenario.yaml"};
    int loaded = 0;
    for (int run = 0; run < RUNS; run++) {
      String name = files[run % 2];
      String text = mutate(Fixtures.resource(name), random);
      try {
        if (name.contains("agreement")) {
          FileFormat.readAgreement("m.yaml", text, Syntax.YAML);
        } else {
          FileFormat.readScenario("m.yaml", text, Syntax.YAML);
        }
        loaded++;
      } catch (LoadException e) {
        assertThat(e.problems())
            .as("seed %s, run %s:\n%s", seed, run, text)
            .isNotEmpty()
            .allSatisfy(
                p -> {
                  assertThat(p.file()).isEqualTo("m.yaml");
                  assertThat(p.message()).isNotBlank();
                  assertThat(p.line()).isNotNegative();
                });
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + ", run " + run + ":\n" + text, e);
      }
    }
    assertThat(loaded).as("some edits are harmless (seed %s)", seed).isPositive();
  }

  @Test
  void randomEditsOfJsonLoadOrFailCleanly() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String json =
        FileFormat.write(
            FileFormat.readAgreement("a", Fixtures.resource("example-agreement.yaml"), Syntax.YAML),
            Syntax.JSON);
    for (int run = 0; run < RUNS; run++) {
      StringBuilder text = new StringBuilder(json);
      for (int i = 0; i < 1 + random.nextInt(3); i++) {
        int at = random.nextInt(text.length());
        if (random.nextBoolean()) {
          text.deleteCharAt(at);
        } else {
          text.insert(at, WORDS[random.nextInt(WORDS.length)]);
        }
      }
      try {
        FileFormat.readAgreement("m.json", text.toString(), Syntax.JSON);
      } catch (LoadException e) {
        assertThat(e.problems()).as("seed %s, run %s:\n%s", seed, run, text).isNotEmpty();
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + ", run " + run + ":\n" + text, e);
      }
    }
  }

  static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
        case 2 -> {
          int cut = line.isEmpty() ? 0 : random.nextInt(line.length());
          lines.set(
              at,
              line.substring(0, cut) + WORDS[random.nextInt(WORDS.length)] + line.substring(cut));
        }
        case 3 ->
            lines.set(at, line.isEmpty() ? line : line.substring(0, random.nextInt(line.length())));
        default -> lines.set(at, line.startsWith("  ") ? line.substring(2) : "  " + line);
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
