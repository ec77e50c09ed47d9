package io.github.guarantees.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The two syntaxes a file may use. */
public enum Syntax {
  /** YAML 1.1, as read by SnakeYAML; the syntax the examples and docs use. */
  YAML,
  /** JSON. */
  JSON;

  /**
   * Returns the syntax a file's name implies: JSON for {@code .json}, YAML otherwise.
   *
   * @param file the file, not null
   * @return the syntax
   * @throws NullPointerException if file is null
   */
  public static Syntax of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}
