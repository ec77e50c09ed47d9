package io.github.guarantees.atop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No alliance or war is special-cased: the module's code and its resources other than the shipped
 * data name no ATOP id, and compare no id with a literal number.
 */
class NoSpecialCaseTest {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{4}(?![\\w.])");
  private static final Pattern COMPARED =
      Pattern.compile("(?i)(atop|war)\\w*(\\(\\))?\\s*(==|!=|\\.equals\\()\\s*\\d+");

  @Test
  void theLogicNamesNoAllianceAndNoWar() throws IOException {
    Set<String> atopIds = new TreeSet<>();
    AtopData.load().alliances().keySet().forEach(id -> atopIds.add(String.valueOf(id)));
    List<String> found = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src", "main"))) {
      s.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".csv"))
          .filter(p -> !p.getFileName().toString().equals("NOTICE"))
          .forEach(files::add);
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher n = NUMBER.matcher(line);
        while (n.find()) {
          if (atopIds.contains(n.group())) {
            found.add(f + ":" + (i + 1) + ": ATOP id " + n.group());
          }
        }
        if (COMPARED.matcher(line).find()) {
          found.add(f + ":" + (i + 1) + ": an id compared with a literal: " + line.strip());
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
