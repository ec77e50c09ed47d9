package io.github.guarantees.report;

import com.google.common.base.Splitter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parser of exactly the subset of Mermaid that {@link MermaidDiagram} writes, to hold its output
 * to the grammar: a flowchart (header, subgraph/end, nodes {@code id["label"]} in the shapes {@code
 * [ ]}, {@code ( )}, {@code ([ ])} and <code>{{ }}</code>, edges {@code -->}, {@code -.->}, {@code
 * -- "label" -->}, {@code -. "label" .->}, classDef and class lines) or a Gantt chart (header,
 * title, dateFormat, axisFormat, todayMarker, section and task lines). A label is text in double
 * quotes in which every character Mermaid would read as syntax is an entity ({@code #quot;}, {@code
 * #35;}) and a line break is {@code <br/>}. Beyond the syntax it checks that every node an edge or
 * class line names is declared once, that ids are not Mermaid keywords, that subgraphs are closed,
 * that classes are defined, and that a Gantt task's dates are real and in order.
 *
 * <p>Published in the test-jar for other modules' tests.
 */
public final class MermaidSubset {
  private static final String ID = "[A-Za-z][A-Za-z0-9_]*";

  /** One character of a label: an entity, a line break, or a character that is not syntax. */
  private static final String CHAR =
      "(?:#(?:quot|lt|gt|amp|[0-9]{1,6});|<br/>|[^\"#;|\\[\\]{}()<>&`%:\\p{Cntrl}\\u2028\\u2029])";

  private static final String LABEL = "\"(" + CHAR + "*)\"";
  private static final Pattern NODE =
      Pattern.compile("(" + ID + ")(\\(\\[|\\{\\{|\\[|\\()" + LABEL + "(\\]\\)|\\}\\}|\\]|\\))");
  private static final Pattern EDGE =
      Pattern.compile(
          "(" + ID + ") (?:-->|-\\.->|-- " + LABEL + " -->|-\\. " + LABEL + " \\.->) (" + ID + ")");
  private static final Pattern SUBGRAPH =
      Pattern.compile("subgraph (" + ID + ") \\[" + LABEL + "\\]");
  private static final Pattern CLASS_DEF =
      Pattern.compile("classDef (" + ID + ") [a-z-]+:[A-Za-z0-9 ]+(?:,[a-z-]+:[A-Za-z0-9 ]+)*");
  private static final Pattern CLASS =
      Pattern.compile("class (" + ID + "(?:," + ID + ")*) (" + ID + ")");
  private static final Pattern TEXT = Pattern.compile(CHAR + "+");
  private static final Pattern TASK =
      Pattern.compile(
          "("
              + CHAR
              + "+) :((?:active|done|crit|milestone), )*(s[0-9]+), ([0-9-]+ [0-9:]+),"
              + " ([0-9-]+ [0-9:]+|0d)");
  private static final Set<String> KEYWORDS =
      Set.of(
          "end",
          "subgraph",
          "graph",
          "flowchart",
          "class",
          "classDef",
          "style",
          "click",
          "linkStyle",
          "direction",
          "default");

  /** The words a Gantt line may not start with unless it is that statement. */
  private static final Pattern GANTT_KEYWORD =
      Pattern.compile(
          "(?:title|dateFormat|axisFormat|todayMarker|section|excludes|includes|click|tickInterval"
              + "|weekday|weekend|inclusiveEndDates|topAxis|accTitle|accDescr)\\b.*");

  private static final Map<String, String> SHAPES =
      Map.of("[", "]", "(", ")", "([", "])", "{{", "}}");
  private static final DateTimeFormatter DATES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern ENTITY = Pattern.compile("#(quot|lt|gt|amp|[0-9]{1,6});");

  private MermaidSubset() {}

  /**
   * Returns the text a label shows: entities decoded, {@code <br/>} as a newline.
   *
   * @param label a label's text between its quotes
   * @return the text
   */
  public static String decode(String label) {
    Matcher m = ENTITY.matcher(label.replace("<br/>", "\n"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String c =
          switch (e) {
            case "quot" -> "\"";
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            default -> new String(Character.toChars(Integer.parseInt(e)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(c));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Returns the labels of a diagram's nodes by node id, decoded.
   *
   * @param flowchart a flowchart in the subset
   * @return the labels by node id
   */
  public static Map<String, String> nodeLabels(String flowchart) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : flowchart.lines().toList()) {
      Matcher m = NODE.matcher(line.strip());
      if (m.matches()) {
        out.put(m.group(1), decode(m.group(3)));
      }
    }
    return out;
  }

  /**
   * Parses a diagram and returns every problem found, each with its line number; empty if the text
   * is in the subset.
   *
   * @param text the diagram
   * @return the problems, empty if none
   */
  public static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    if (!text.endsWith("\n")) {
      problems.add("the text does not end with a newline");
    }
    String[] lines = text.split("\n", -1);
    if (lines[0].equals("flowchart LR")) {
      flowchart(lines, problems);
    } else if (lines[0].equals("gantt")) {
      gantt(lines, problems);
    } else {
      problems.add("line 1: expected 'flowchart LR' or 'gantt', found '" + lines[0] + "'");
    }
    return problems;
  }

  /**
   * Fails, listing every problem, unless the text is in the subset.
   *
   * @param text the diagram
   * @throws AssertionError if it is not
   */
  public static void check(String text) {
    List<String> problems = problems(text);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "not in the Mermaid subset:\n  " + String.join("\n  ", problems) + "\n" + text);
    }
  }

  private static void flowchart(String[] lines, List<String> problems) {
    Set<String> nodes = new HashSet<>();
    Set<String> subgraphs = new HashSet<>();
    Set<String> classes = new HashSet<>();
    Map<String, Integer> used = new HashMap<>();
    Map<String, Integer> classUses = new HashMap<>();
    int depth = 0;
    for (Map.Entry<Integer, String> statement : statements(lines, problems)) {
      int n = statement.getKey();
      String s = statement.getValue();
      Matcher subgraph = SUBGRAPH.matcher(s);
      Matcher node = NODE.matcher(s);
      Matcher edge = EDGE.matcher(s);
      Matcher classDef = CLASS_DEF.matcher(s);
      Matcher cls = CLASS.matcher(s);
      Matcher m;
      if (s.equals("end")) {
        depth--;
        if (depth < 0) {
          problems.add("line " + n + ": 'end' closes no subgraph");
          depth = 0;
        }
      } else if (subgraph.matches()) {
        m = subgraph;
        id(m.group(1), n, problems);
        if (!subgraphs.add(m.group(1)) || nodes.contains(m.group(1))) {
          problems.add("line " + n + ": subgraph '" + m.group(1) + "' declared twice");
        }
        depth++;
      } else if (node.matches()) {
        m = node;
        id(m.group(1), n, problems);
        if (!m.group(4).equals(SHAPES.get(m.group(2)))) {
          problems.add(
              "line "
                  + n
                  + ": shape opened with '"
                  + m.group(2)
                  + "' closed with '"
                  + m.group(4)
                  + "'");
        }
        if (!nodes.add(m.group(1)) || subgraphs.contains(m.group(1))) {
          problems.add("line " + n + ": node '" + m.group(1) + "' declared twice");
        }
      } else if (edge.matches()) {
        m = edge;
        used.putIfAbsent(m.group(1), n);
        used.putIfAbsent(m.group(4), n);
      } else if (classDef.matches()) {
        m = classDef;
        if (!classes.add(m.group(1))) {
          problems.add("line " + n + ": class '" + m.group(1) + "' defined twice");
        }
      } else if (cls.matches()) {
        m = cls;
        for (String id : Splitter.on(',').split(m.group(1))) {
          used.putIfAbsent(id, n);
        }
        classUses.putIfAbsent(m.group(2), n);
      } else {
        problems.add("line " + n + ": not a statement of the subset: '" + s + "'");
      }
    }
    if (depth != 0) {
      problems.add("the last line: " + depth + " subgraph(s) not closed");
    }
    used.forEach(
        (id, n) -> {
          if (!nodes.contains(id)) {
            problems.add("line " + n + ": '" + id + "' is not a declared node");
          }
        });
    classUses.forEach(
        (c, n) -> {
          if (!classes.contains(c)) {
            problems.add("line " + n + ": class '" + c + "' is not defined");
          }
        });
  }

  /**
   * The statements after the header line, each with its line number: every line but the last
   * (empty, after the final newline) indented; anything else is a problem.
   */
  private static List<Map.Entry<Integer, String>> statements(
      String[] lines, List<String> problems) {
    List<Map.Entry<Integer, String>> out = new ArrayList<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String line = lines[i];
      if (!line.startsWith("    ") || line.strip().isEmpty()) {
        problems.add("line " + (i + 1) + ": expected an indented statement, found '" + line + "'");
      } else {
        out.add(Map.entry(i + 1, line.strip()));
      }
    }
    if (!lines[lines.length - 1].isEmpty()) {
      problems.add("line " + lines.length + ": text after the last newline");
    }
    return out;
  }

  private static void id(String id, int n, List<String> problems) {
    if (KEYWORDS.contains(id)) {
      problems.add("line " + n + ": '" + id + "' is a keyword of Mermaid, not an id");
    }
  }

  private static void gantt(String[] lines, List<String> problems) {
    List<String> header =
        List.of("dateFormat YYYY-MM-DD HH:mm:ss", "axisFormat %Y-%m-%d", "todayMarker off");
    boolean inSection = false;
    boolean titled = false;
    Set<String> tasks = new HashSet<>();
    for (Map.Entry<Integer, String> statement : statements(lines, problems)) {
      int n = statement.getKey();
      String s = statement.getValue();
      Matcher m = TASK.matcher(s);
      if (n == 2) {
        if (!s.startsWith("title ") || !TEXT.matcher(s.substring(6)).matches()) {
          problems.add("line 2: expected 'title' and a title, found '" + s + "'");
        }
        titled = true;
      } else if (n <= 5) {
        if (!s.equals(header.get(n - 3))) {
          problems.add("line " + n + ": expected '" + header.get(n - 3) + "', found '" + s + "'");
        }
      } else if (s.startsWith("section ")) {
        if (!TEXT.matcher(s.substring(8)).matches()) {
          problems.add("line " + n + ": bad section name '" + s.substring(8) + "'");
        }
        inSection = true;
      } else if (m.matches()) {
        if (!inSection) {
          problems.add("line " + n + ": a task before any section");
        }
        if (GANTT_KEYWORD.matcher(m.group(1)).matches()) {
          problems.add(
              "line " + n + ": a task name that starts with a keyword: '" + m.group(1) + "'");
        }
        if (!tasks.add(m.group(3))) {
          problems.add("line " + n + ": task id '" + m.group(3) + "' used twice");
        }
        boolean milestone = s.contains(":milestone, ") || s.contains(", milestone, ");
        LocalDateTime start = date(m.group(4), n, problems);
        if (milestone != m.group(5).equals("0d")) {
          problems.add("line " + n + ": a milestone and only a milestone lasts 0d");
        } else if (!milestone) {
          LocalDateTime end = date(m.group(5), n, problems);
          if (start != null && end != null && !end.isAfter(start)) {
            problems.add("line " + n + ": the task ends at or before its start");
          }
        }
      } else {
        problems.add("line " + n + ": not a statement of the subset: '" + s + "'");
      }
    }
    if (!titled || lines.length < 6) {
      problems.add("the chart lacks its title, dateFormat, axisFormat or todayMarker line");
    }
  }

  private static @Nullable LocalDateTime date(String text, int n, List<String> problems) {
    try {
      return LocalDateTime.parse(text, DATES);
    } catch (DateTimeParseException e) {
      problems.add(
          "line " + n + ": '" + text + "' is not a date in the format YYYY-MM-DD HH:mm:ss");
      return null;
    }
  }
}
