package io.github.guarantees.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out plain text for a terminal of a given width: wraps words (never cuts them off; a word
 * longer than a line is split), shortens quotes with an ellipsis, and turns enum names into words.
 * Widths count characters (code points).
 *
 * <p>The text reports use it; so can other reports that should fit a terminal.
 */
public final class Layout {
  /** The width text reports use unless told otherwise. */
  public static final int DEFAULT_WIDTH = 100;

  /** The narrowest width reports lay out for; narrower requests use this. */
  public static final int MIN_WIDTH = 60;

  private Layout() {}

  /**
   * Returns a width no narrower than {@link #MIN_WIDTH}.
   *
   * @param width the width asked for
   * @return the width to lay out for
   */
  public static int usable(int width) {
    return Math.max(MIN_WIDTH, width);
  }

  /**
   * Returns an enum constant as lower-case words: {@code DISCRETIONARY_ASSISTANCE} reads {@code
   * discretionary assistance}.
   *
   * @param value the constant, not null
   * @return the words
   * @throws NullPointerException if value is null
   */
  public static String words(Enum<?> value) {
    checkNotNull(value, "value");
    return Ascii.toLowerCase(value.name()).replace('_', ' ');
  }

  /**
   * Wraps text into lines of at most {@code width} characters, breaking between words.
   *
   * @param text the text, not null
   * @param width the width of a line, at least 1
   * @return the lines, none empty; one empty line for blank text
   * @throws NullPointerException if text is null
   */
  public static List<String> wrap(String text, int width) {
    checkNotNull(text, "text");
    if (width < 1) {
      throw new IllegalArgumentException("width " + width + " is less than 1");
    }
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().split(text)) {
      while (length(word) > width) { // a word longer than a line: split it
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        int cut = word.offsetByCodePoints(0, width);
        out.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && length(line) + 1 + length(word) > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  /**
   * Wraps text as lines starting with {@code first}, continued with {@code rest}, each at most
   * {@code width} characters. Text that fits on the first line is kept as it is (its spacing too).
   *
   * @param text the text, not null
   * @param first the first line's prefix (an indent), not null
   * @param rest the other lines' prefix, not null
   * @param width the width, including the prefixes
   * @return the lines, each ending with a newline
   * @throws NullPointerException if text, first or rest is null
   */
  public static String wrap(String text, String first, String rest, int width) {
    checkNotNull(first, "first");
    checkNotNull(rest, "rest");
    if (length(first) + length(text) <= width && text.indexOf('\n') < 0) {
      return first + text + "\n";
    }
    StringBuilder out = new StringBuilder();
    int room = Math.max(1, width - Math.max(length(first), length(rest)));
    List<String> lines = wrap(text, room);
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }
    return out.toString();
  }

  /**
   * Wraps every line of a text that is wider than {@code width}; a continuation keeps the line's
   * own indent plus two spaces. Lines that fit are unchanged.
   *
   * @param text the text, not null
   * @param width the width
   * @return the text with no line wider than {@code width} (unless an indent alone is wider)
   * @throws NullPointerException if text is null
   */
  public static String fit(String text, int width) {
    checkNotNull(text, "text");
    StringBuilder out = new StringBuilder();
    List<String> lines = Splitter.on('\n').splitToList(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (length(line) <= width) {
        out.append(line);
      } else {
        String indent =
            line.substring(
                0, line.length() - CharMatcher.whitespace().trimLeadingFrom(line).length());
        String wrapped = wrap(line.substring(indent.length()), indent, indent + "  ", width);
        out.append(wrapped, 0, wrapped.length() - 1);
      }
      if (i < lines.size() - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Shortens text to at most {@code max} characters, ending it with an ellipsis at a word boundary
   * when it is longer.
   *
   * @param text the text, not null
   * @param max the most characters, at least 2
   * @return the text, or its shortened start followed by {@code …}
   * @throws NullPointerException if text is null
   */
  public static String shorten(String text, int max) {
    checkNotNull(text, "text");
    String flat = CharMatcher.whitespace().trimAndCollapseFrom(text, ' ');
    if (length(flat) <= max) {
      return flat;
    }
    String cut = flat.substring(0, flat.offsetByCodePoints(0, max - 1));
    int space = cut.lastIndexOf(' ');
    if (space > max / 2) {
      cut = cut.substring(0, space);
    }
    return CharMatcher.anyOf(" ,;:.").trimTrailingFrom(cut) + "…";
  }

  /**
   * Pads text with spaces to a width.
   *
   * @param text the text, not null
   * @param width the width
   * @return the padded text
   * @throws NullPointerException if text is null
   */
  public static String pad(String text, int width) {
    checkNotNull(text, "text");
    return Strings.padEnd(text, width + text.length() - length(text), ' ');
  }

  /**
   * Returns the width of text in characters.
   *
   * @param text the text, not null
   * @return its number of code points
   * @throws NullPointerException if text is null
   */
  public static int length(CharSequence text) {
    checkNotNull(text, "text");
    return Character.codePointCount(text, 0, text.length());
  }
}
