package io.github.guarantees.report;

/**
 * Text inside a Mermaid diagram, written once: labels in double quotes, with every character that
 * Mermaid's parsers would read as syntax written as an entity ({@code #quot;}, {@code #35;}), which
 * Mermaid turns back into the character when it draws the diagram.
 */
final class MermaidText {
  /** A line break inside a label: the only markup a label carries. */
  static final String BREAK = "<br/>";

  private MermaidText() {}

  /** A label in double quotes: {@code "Remedies #40;component 1#41;"}. */
  static String quoted(String text) {
    return '"' + escape(text) + '"';
  }

  /**
   * The text with Mermaid's syntax characters as entities and line breaks as {@link #BREAK}: safe
   * inside a quoted label, a subgraph title, a Gantt section or a task name.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case ';' -> out.append("#59;");
        case ':' -> out.append("#58;");
        case '|' -> out.append("#124;");
        case '[' -> out.append("#91;");
        case ']' -> out.append("#93;");
        case '{' -> out.append("#123;");
        case '}' -> out.append("#125;");
        case '(' -> out.append("#40;");
        case ')' -> out.append("#41;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '`' -> out.append("#96;");
        case '%' -> out.append("#37;");
        case '\r' -> {
          out.append(BREAK);
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u0085', '\u2028', '\u2029' -> out.append(BREAK);
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }
}
