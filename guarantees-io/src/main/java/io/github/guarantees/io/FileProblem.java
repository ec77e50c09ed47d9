package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong with a file: where it is (file, line, column and the path inside the document,
 * e.g. {@code pledges[3].activation.allOf[1]}) and what is wrong.
 *
 * @param file the file's name as given to the reader
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param path the path inside the document; empty for the document itself
 * @param message what is wrong and, where likely, what was meant
 */
public record FileProblem(String file, int line, int column, String path, String message) {

  /**
   * Creates a problem.
   *
   * @param file the file's name as given to the reader
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the path inside the document; empty for the document itself
   * @param message what is wrong and, where likely, what was meant
   * @throws NullPointerException if any text is null
   */
  public FileProblem {
    checkNotNull(file, "file");
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /**
   * Returns the problem as {@code file:line:column: path: message}, the form compilers use so that
   * editors can jump to it.
   *
   * @return the problem in one line
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
