package io.github.guarantees.atop;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comma-separated file with a header line, read into rows whose fields know their line and
 * column, so that every problem names its place. Problems are collected, not thrown one by one.
 */
final class Csv {
  private static final Splitter COMMA = Splitter.on(',');

  private final String file;
  private final ImmutableMap<String, Integer> columns;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> problems;

  private Csv(String file, ImmutableMap<String, Integer> columns, List<String> problems) {
    this.file = file;
    this.columns = columns;
    this.problems = problems;
  }

  /** Reads a file's text; {@code problems} receives every problem found, now and while reading. */
  static Csv parse(String file, String text, List<String> problems) {
    List<String> lines = Splitter.onPattern("\r?\n").splitToList(text);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      problems.add(file + ":1:1: the header line is missing");
      return new Csv(file, ImmutableMap.of(), problems);
    }
    List<String> header = COMMA.splitToList(lines.get(0));
    ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip(), i);
    }
    Csv csv = new Csv(file, columns.buildKeepingLast(), problems);
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = COMMA.splitToList(line);
      if (fields.size() != header.size()) {
        problems.add(
            String.format(
                "%s:%d:1: %d fields, the header has %d",
                file, n + 1, fields.size(), header.size()));
        continue;
      }
      int[] starts = new int[fields.size()];
      int at = 1;
      for (int i = 0; i < fields.size(); i++) {
        starts[i] = at;
        at += fields.get(i).length() + 1;
      }
      csv.rows.add(csv.new Row(n + 1, ImmutableList.copyOf(fields), starts));
    }
    return csv;
  }

  String file() {
    return file;
  }

  ImmutableList<Row> rows() {
    return ImmutableList.copyOf(rows);
  }

  /** Checks that the header has every column named; reports each one missing. */
  boolean requireColumns(String... names) {
    boolean ok = true;
    for (String name : names) {
      if (!columns.containsKey(name)) {
        problems.add(file + ":1:1: the column '" + name + "' is missing");
        ok = false;
      }
    }
    return ok;
  }

  /** One data row. */
  final class Row {
    private final int line;
    private final ImmutableList<String> fields;
    private final int[] starts;

    Row(int line, ImmutableList<String> fields, int[] starts) {
      this.line = line;
      this.fields = fields;
      this.starts = starts.clone();
    }

    int line() {
      return line;
    }

    /** The place of a column's field in this row, {@code file:line:column}. */
    String where(String column) {
      Integer i = columns.get(column);
      return file + ":" + line + ":" + (i == null ? 1 : starts[i]);
    }

    String text(String column) {
      Integer i = columns.get(column);
      return i == null ? "" : fields.get(i).strip();
    }

    /** The field as text, or empty if blank or {@code NA}. */
    Optional<String> optionalText(String column) {
      String s = text(column);
      return s.isEmpty() || s.equals("NA") ? Optional.empty() : Optional.of(s);
    }

    /**
     * The field as a whole number; a decimal with no fraction ({@code 1020.0}) is accepted, as the
     * pair file writes its ids so. Blank reads as {@code ifBlank}; anything else is a problem.
     */
    int integer(String column, int ifBlank) {
      Optional<String> s = optionalText(column);
      if (s.isEmpty()) {
        return ifBlank;
      }
      String v = s.get();
      if (v.endsWith(".0")) {
        v = v.substring(0, v.length() - 2);
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        problems.add(where(column) + ": " + column + " is '" + s.get() + "', not a whole number");
        return ifBlank;
      }
    }

    /** A required whole number: blank is a problem. */
    int required(String column) {
      if (optionalText(column).isEmpty()) {
        problems.add(where(column) + ": " + column + " is blank; a whole number is required");
        return 0;
      }
      return integer(column, 0);
    }

    /** A 0/1 flag; blank is false; any other value is a problem. */
    boolean flag(String column) {
      int v = integer(column, 0);
      if (v != 0 && v != 1) {
        problems.add(where(column) + ": " + column + " is " + v + "; a flag is 0, 1 or blank");
      }
      return v == 1;
    }

    void problem(String column, String message) {
      problems.add(where(column) + ": " + message);
    }
  }

  static List<String> newProblems() {
    return new ArrayList<>();
  }
}
