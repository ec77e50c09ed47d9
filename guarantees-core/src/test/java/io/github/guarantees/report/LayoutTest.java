package io.github.guarantees.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

  @Test
  void aLineTakesWordsUpToExactlyTheWidth() {
    assertThat(Layout.wrap("aaa bbb", 7)).containsExactly("aaa bbb");
    assertThat(Layout.wrap("aaa bbb", 6)).containsExactly("aaa", "bbb");
    assertThat(Layout.wrap("abcd", 4)).containsExactly("abcd");
    assertThat(Layout.wrap("xy abcd", 4)).containsExactly("xy", "abcd");
    assertThat(Layout.wrap("  aaa \n\t bbb  ", 80)).containsExactly("aaa bbb");
    assertThat(Layout.wrap("ab", 1)).containsExactly("a", "b");
  }

  @Test
  void aWordLongerThanALineIsSplitAndTheRestContinues() {
    assertThat(Layout.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    assertThat(Layout.wrap("xy abcdefghij z", 4)).containsExactly("xy", "abcd", "efgh", "ij z");
    // widths count code points: four mathematical letters (two chars each) fill four columns
    assertThat(Layout.wrap("\uD835\uDD38\uD835\uDD38\uD835\uDD38\uD835\uDD38\uD835\uDD38 a", 4))
        .containsExactly("\uD835\uDD38\uD835\uDD38\uD835\uDD38\uD835\uDD38", "\uD835\uDD38 a");
  }

  @Test
  void blankTextIsOneEmptyLineAndAWidthBelowOneIsRefused() {
    assertThat(Layout.wrap("", 5)).containsExactly("");
    assertThat(Layout.wrap(" \n ", 5)).containsExactly("");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Layout.wrap("a", 0))
        .withMessage("width 0 is less than 1");
  }

  @Test
  void wrappingUnderPrefixesKeepsTextThatFitsAsItIs() {
    assertThat(Layout.wrap("a  b", "> ", "  ", 6)).isEqualTo("> a  b\n");
    assertThat(Layout.wrap("a  bcd", "> ", "  ", 6)).isEqualTo("> a\n  bcd\n");
    assertThat(Layout.wrap("a\nb", "> ", "  ", 80)).isEqualTo("> a b\n");
    // the room is the width less the longer prefix
    assertThat(Layout.wrap("aaa bbb ccc", "-", "----", 8)).isEqualTo("-aaa\n----bbb\n----ccc\n");
    assertThat(Layout.wrap("aaa bbb ccc", "----", "-", 8)).isEqualTo("----aaa\n-bbb\n-ccc\n");
    // prefixes wider than the line still leave one column
    assertThat(Layout.wrap("ab c", "12345", "1", 4)).isEqualTo("12345a\n1b\n1c\n");
  }

  @Test
  void fitWrapsExactlyTheLinesWiderThanTheWidth() {
    assertThat(Layout.fit("abcde\nab", 5)).isEqualTo("abcde\nab");
    assertThat(Layout.fit("a\n", 5)).isEqualTo("a\n");
    assertThat(Layout.fit("abc def", 6)).isEqualTo("abc\n  def");
    assertThat(Layout.fit("  abc def\nx", 8)).isEqualTo("  abc\n    def\nx");
  }

  @Test
  void shorteningCutsAtASpaceOnlyInTheSecondHalf() {
    assertThat(Layout.shorten("  a \n b  ", 3)).isEqualTo("a b");
    assertThat(Layout.shorten("abcdefghij", 10)).isEqualTo("abcdefghij");
    assertThat(Layout.shorten("abcdefghijk", 10)).isEqualTo("abcdefghi…");
    assertThat(Layout.shorten("abcde fghij", 10)).isEqualTo("abcde fgh…");
    assertThat(Layout.shorten("abcdef ghij", 10)).isEqualTo("abcdef…");
    assertThat(Layout.shorten("abcdef, ghijk", 10)).isEqualTo("abcdef…");
    assertThat(Layout.shorten("abcdefgh. ij", 10)).isEqualTo("abcdefgh…");
  }

  @Test
  void paddingCountsCodePointsAndTheUsableWidthHasAFloor() {
    assertThat(Layout.pad("ab", 4)).isEqualTo("ab  ");
    assertThat(Layout.pad("abcde", 4)).isEqualTo("abcde");
    assertThat(Layout.pad("\uD835\uDD38", 3)).isEqualTo("\uD835\uDD38  ");
    assertThat(Layout.length("\uD835\uDD38b")).isEqualTo(2);
    assertThat(Layout.usable(Layout.MIN_WIDTH - 1)).isEqualTo(Layout.MIN_WIDTH);
    assertThat(Layout.usable(Layout.MIN_WIDTH + 1)).isEqualTo(Layout.MIN_WIDTH + 1);
  }
}
