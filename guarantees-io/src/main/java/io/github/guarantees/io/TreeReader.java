package io.github.guarantees.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.io.Node.ListNode;
import io.github.guarantees.io.Node.MapNode;
import io.github.guarantees.io.Node.ScalarNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document into a tree of {@link Node}s that remember their path and position. Iterative,
 * so that no nesting exhausts the stack; the parser's own nesting limit bounds the depth.
 */
final class TreeReader {
  private final String file;
  private final List<FileProblem> problems;

  /** Every node by its path, to place problems found later (e.g. by the core's validation). */
  final Map<String, Node> index = new HashMap<>();

  TreeReader(String file, List<FileProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Returns the document's root, or null after recording why there is none. */
  @Nullable Node read(String document, Syntax syntax) {
    String text = FileFormat.withoutByteOrderMark(document);
    if (text.length() > FileFormat.MAX_SIZE) {
      problems.add(new FileProblem(file, 0, 0, "", tooLarge(text.length())));
      return null;
    }
    Deque<Node> stack = new ArrayDeque<>();
    Map<MapNode, String> pendingKey = new HashMap<>();
    @Nullable Node root = null;
    try (JsonParser p = Factories.of(syntax).createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int column = loc.getColumnNr();
        @Nullable Node parent = stack.peek();
        if (p instanceof YAMLParser yaml && t != JsonToken.FIELD_NAME) {
          refuseYamlReferences(yaml, t, line, column, parent);
        }
        if (t == JsonToken.FIELD_NAME) {
          MapNode m = (MapNode) parent;
          String key = p.currentName();
          int[] first = m.keyMarks.get(key);
          if (first != null) {
            problems.add(
                new FileProblem(
                    file,
                    line,
                    column,
                    Node.child(m.path, key),
                    "duplicate key '"
                        + key
                        + "' (first at line "
                        + first[0]
                        + "); give each key once"));
            pendingKey.remove(m);
          } else {
            m.keyMarks.put(key, new int[] {line, column});
            pendingKey.put(m, key);
          }
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.pop();
          continue;
        }
        String path;
        @Nullable String entryKey = null;
        boolean attach = true;
        if (parent == null) {
          if (root != null) {
            problems.add(
                new FileProblem(
                    file,
                    line,
                    column,
                    "",
                    "a second document starts here; put one agreement or scenario per file"));
            break;
          }
          path = "";
        } else if (parent instanceof MapNode m) {
          String key = pendingKey.remove(m);
          entryKey = key;
          attach = key != null;
          path = key != null ? Node.child(m.path, key) : m.path + ".<duplicate>";
        } else {
          path = Node.child(parent.path, ((ListNode) parent).items.size());
        }
        Node node =
            switch (t) {
              case START_OBJECT -> new MapNode(path, line, column);
              case START_ARRAY -> new ListNode(path, line, column);
              default ->
                  new ScalarNode(
                      path, line, column, t == JsonToken.VALUE_NULL ? null : p.getText(), t);
            };
        if (parent == null) {
          root = node;
        } else if (attach) {
          if (parent instanceof MapNode m && entryKey != null) {
            m.entries.put(entryKey, node);
          } else if (parent instanceof ListNode l) {
            l.items.add(node);
          }
        }
        if (attach) {
          index.put(path, node);
        }
        if (node instanceof MapNode || node instanceof ListNode) {
          stack.push(node);
        }
      }
    } catch (StreamConstraintsException e) {
      problems.add(syntaxProblem(e.getLocation(), stack, constraintMessage(e.getMessage())));
      return null;
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      FileProblem problem = syntaxProblem(e.getLocation(), stack, clean(message, syntax));
      if (message != null && message.contains("(TAB)")) {
        problem = atTab(problem, text);
      }
      problems.add(problem);
      return null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits (nesting, size) as unchecked exceptions of its own.
      String message = String.valueOf(e.getMessage());
      problems.add(
          syntaxProblem(
              null,
              stack,
              message.toLowerCase(Locale.ROOT).contains("nesting")
                  ? constraintMessage(message)
                  : clean(message, syntax)));
      return null;
    }
    if (root == null) {
      problems.add(
          new FileProblem(
              file,
              1,
              1,
              "",
              "the file is empty; an agreement needs at least 'id' and 'title', a scenario 'name'"
                  + " and 'asOf'"));
    }
    return root;
  }

  /**
   * Refuses what the file format does not support in YAML: an alias ({@code *name}) would otherwise
   * read as the text of its name, an anchor ({@code &name}) on a mapping or list would be dropped
   * silently, and so would a tag of one's own ({@code !custom}). Each is reported at its position.
   * The tags of YAML's core schema ({@code !!str}) keep their meaning; an anchor on a text changes
   * nothing as long as no alias refers to it (the parser does not report those). The YAML reader
   * builds no Java objects from tags in any case: it only produces parser events.
   */
  private void refuseYamlReferences(
      YAMLParser yaml, JsonToken t, int line, int column, @Nullable Node parent)
      throws IOException {
    String path = parent == null ? "" : parent.path;
    @Nullable String refused = null;
    if (yaml.isCurrentAlias()) {
      refused = "a YAML alias ('*" + yaml.getText() + "') is not supported; write the value out";
    } else if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        && yaml.getObjectId() != null) {
      refused = "a YAML anchor ('&" + yaml.getObjectId() + "') is not supported; remove it";
    }
    if (refused != null) {
      problems.add(
          new FileProblem(
              file,
              line,
              column,
              path,
              refused
                  + " (to share a condition, name it under 'conditions' and refer to it as"
                  + " {ref: name})"));
    }
    @Nullable String tag = yaml.getTypeId();
    if (tag != null && !tag.startsWith(CORE_TAGS)) {
      problems.add(
          new FileProblem(
              file,
              line,
              column,
              path,
              "a YAML tag ('"
                  + (tag.startsWith("!") ? tag : "!" + tag)
                  + "') is not supported; remove it, the format gives no tag a meaning"));
    }
  }

  /** The prefix of the tags of YAML's core schema ({@code !!str}, {@code !!int}, ...). */
  private static final String CORE_TAGS = "tag:yaml.org,2002:";

  static String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "the file holds %,d characters, more than the limit of %,d; split it or raise"
            + " FileFormat.MAX_SIZE",
        size,
        FileFormat.MAX_SIZE);
  }

  /**
   * SnakeYAML places a tab used for indentation at the end of the line before it; this moves the
   * problem to the tab itself: the first tab at or after the reported position.
   */
  static FileProblem atTab(FileProblem problem, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean reached =
          line > problem.line() || (line == problem.line() && column >= problem.column());
      if (c == '\t' && reached) {
        return new FileProblem(problem.file(), line, column, problem.path(), problem.message());
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return problem;
  }

  private FileProblem syntaxProblem(@Nullable JsonLocation loc, Deque<Node> stack, String message) {
    @Nullable Node top = stack.peek();
    String path = top == null ? "" : top.path;
    int line = loc == null ? (top == null ? 0 : top.line) : loc.getLineNr();
    int column = loc == null ? (top == null ? 0 : top.column) : loc.getColumnNr();
    return new FileProblem(file, Math.max(line, 0), Math.max(column, 0), path, message);
  }

  private static String constraintMessage(@Nullable String raw) {
    String m = String.valueOf(raw);
    if (m.toLowerCase(Locale.ROOT).contains("nesting")) {
      return "the document nests deeper than "
          + Factories.MAX_NESTING
          + " levels; conditions may nest at most "
          + Condition.MAX_DEPTH
          + " levels deep";
    }
    if (m.toLowerCase(Locale.ROOT).contains("document length")) {
      return tooLarge(FileFormat.MAX_SIZE + 1);
    }
    return m;
  }

  /** Keeps the parser's explanation, drops its snippet of the input (we give line and column). */
  private static String clean(@Nullable String raw, Syntax syntax) {
    if (raw == null) {
      return "malformed " + syntax;
    }
    StringBuilder out = new StringBuilder();
    for (String line : raw.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("in 'reader'") || s.equals("^") || line.startsWith("    ")) {
        continue;
      }
      if (s.startsWith("at [Source")) {
        break;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(s);
    }
    return "malformed " + syntax + ": " + out;
  }
}
