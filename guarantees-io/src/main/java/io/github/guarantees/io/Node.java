package io.github.guarantees.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A node of a parsed document, with its path inside the document and where it starts. */
abstract sealed class Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
  final String path;
  final int line;
  final int column;

  Node(String path, int line, int column) {
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** What the node is, in words, for "expected X, found Y" messages. */
  abstract String kind();

  /** An object (YAML mapping) with its keys in document order. */
  static final class MapNode extends Node {
    final Map<String, Node> entries = new LinkedHashMap<>();
    final Map<String, int[]> keyMarks = new LinkedHashMap<>();

    MapNode(String path, int line, int column) {
      super(path, line, column);
    }

    @Override
    String kind() {
      return "a mapping";
    }
  }

  /** An array (YAML sequence). */
  static final class ListNode extends Node {
    final List<Node> items = new ArrayList<>();

    ListNode(String path, int line, int column) {
      super(path, line, column);
    }

    @Override
    String kind() {
      return "a list";
    }
  }

  /** A string, number, boolean or null. */
  static final class ScalarNode extends Node {
    final @Nullable String text;
    final JsonToken token;

    ScalarNode(String path, int line, int column, @Nullable String text, JsonToken token) {
      super(path, line, column);
      this.text = text;
      this.token = token;
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }

    @Override
    String kind() {
      return switch (token) {
        case VALUE_NULL -> "nothing (null)";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        default -> "a string";
      };
    }
  }

  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String child(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
