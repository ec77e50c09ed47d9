package io.github.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend one way: report → comparison → evaluation → scenario → model →
 * condition. A pledge holds its conditions, so the condition language sits below the model; nothing
 * below imports from above.
 */
class PackageArrowsTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/guarantees");
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "condition", Set.of(),
          "model", Set.of("condition"),
          "scenario", Set.of("condition", "model"),
          "evaluation", Set.of("condition", "model", "scenario"),
          "comparison", Set.of("condition", "model", "scenario", "evaluation"),
          "report", Set.of("condition", "model", "scenario", "evaluation", "comparison"),
          "analysis", Set.of("condition", "model", "scenario", "evaluation"));
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?io\\.github\\.guarantees\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void packagesImportOnlyDownwards() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      try (Stream<Path> sources = Files.list(MAIN.resolve(e.getKey()))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          Matcher m = IMPORT.matcher(Files.readString(source, StandardCharsets.UTF_8));
          while (m.find()) {
            String target = m.group(1);
            if (!target.equals(e.getKey()) && !e.getValue().contains(target)) {
              violations.add(source.getFileName() + " (" + e.getKey() + ") imports " + target);
            }
          }
        }
      }
    }
    assertThat(files).isGreaterThan(40);
    assertThat(violations).isEmpty();
  }
}
