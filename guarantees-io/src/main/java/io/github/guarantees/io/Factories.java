package io.github.guarantees.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.guarantees.condition.Condition;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson factories, configured once: limits on size and nesting, and the YAML style. */
final class Factories {
  /**
   * The deepest nesting a document may have. A condition nested {@link Condition#MAX_DEPTH} deep
   * takes about two document levels per condition level ({@code allOf:} then its list), plus the
   * levels above it; deeper documents are rejected by the parser before any condition is built.
   */
  static final int MAX_NESTING = 2 * Condition.MAX_DEPTH + 64;

  static final JsonFactory JSON;
  static final YAMLFactory YAML;

  static {
    StreamReadConstraints read =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxDocumentLength(FileFormat.MAX_SIZE)
            .build();
    StreamWriteConstraints write =
        StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build();
    JSON = JsonFactory.builder().streamReadConstraints(read).streamWriteConstraints(write).build();
    LoaderOptions loader = new LoaderOptions();
    loader.setNestingDepthLimit(MAX_NESTING);
    loader.setCodePointLimit((int) FileFormat.MAX_SIZE + 1);
    loader.setAllowDuplicateKeys(true); // reported by the reader itself, with both lines
    YAML =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(read)
            .streamWriteConstraints(write)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
  }

  private Factories() {}

  static JsonFactory of(Syntax syntax) {
    return syntax == Syntax.JSON ? JSON : YAML;
  }
}
