package io.github.guarantees.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.model.BindingForce;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Wrapping keeps every word and never passes the width; shortening ends with an ellipsis. */
class LayoutTest {
  @Test
  void wordsReadAsWords() {
    assertThat(Layout.words(BindingForce.DISCRETIONARY_ASSISTANCE))
        .isEqualTo("discretionary assistance");
  }

  @Test
  void wrappingKeepsEveryWordInOrderWithinTheWidth() {
    long seed = new Random().nextLong();
    System.out.println("LayoutTest seed " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(40);
      for (int w = 0; w < words; w++) {
        text.append("x".repeat(1 + random.nextInt(30))).append(' ');
      }
      int width = 5 + random.nextInt(40);
      List<String> lines = Layout.wrap(text.toString(), width);
      assertThat(lines)
          .as("seed %d", seed)
          .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
      assertThat(String.join("", lines).replace(" ", ""))
          .as("seed %d", seed)
          .isEqualTo(text.toString().replace(" ", ""));
    }
  }

  @Test
  void fitWrapsOnlyTheLinesThatAreTooWideKeepingTheirIndent() {
    String text = "short\n    " + "word ".repeat(30).strip() + "\nend";
    String fitted = Layout.fit(text, 40);
    assertThat(fitted.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(fitted).startsWith("short\n    word").endsWith("\nend");
    assertThat(fitted.lines().skip(2).findFirst().orElseThrow()).startsWith("      word");
  }

  @Test
  void shorteningEndsAtAWordWithAnEllipsis() {
    assertThat(Layout.shorten("at Ukraine's request", 100)).isEqualTo("at Ukraine's request");
    assertThat(Layout.shorten("implemented at Ukraine's request after a credible cessation", 30))
        .isEqualTo("implemented at Ukraine's…")
        .hasSizeLessThanOrEqualTo(30);
  }
}
