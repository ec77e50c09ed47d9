package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The clause a pledge encodes: the document, the clause, the quoted words and how faithful the
 * quote is, so a reader can hold the code against the text.
 *
 * <pre>{@code
 * Source s = Source.builder()
 *     .document("Paris Declaration, 6 January 2026")
 *     .clause("Component 3")
 *     .quote("implemented at Ukraine's request after a credible cessation of hostilities")
 *     .fidelity(Fidelity.SUMMARY)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Source}.
   *
   * <ul>
   *   <li>{@code document} (required): the document cited;
   *   <li>{@code clause} (required): the clause or passage;
   *   <li>{@code quote} (required): the words quoted;
   *   <li>{@code fidelity} ({@link Fidelity#SUMMARY}): how close the quote is to the text ({@link
   *       Fidelity});
   *   <li>{@code url} (optional): where to read it;
   *   <li>{@code note} (optional): a note on the reading.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  /**
   * Returns the document's title and date.
   *
   * @return the document
   */
  public abstract String document();

  /**
   * Returns the clause, article or component within the document.
   *
   * @return the clause
   */
  public abstract String clause();

  /**
   * Returns the quoted words (or the summary, see {@link #fidelity()}).
   *
   * @return the quote
   */
  public abstract String quote();

  /**
   * Returns how faithful the quote is; {@link Fidelity#SUMMARY} unless set, so that a quote is
   * never presented as more exact than its encoder said: set {@link Fidelity#VERBATIM} for the
   * words as published.
   *
   * @return the fidelity
   */
  @Value.Default
  public Fidelity fidelity() {
    return Fidelity.SUMMARY;
  }

  /**
   * Returns where the text was found, if known.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> url();

  /**
   * Returns a note on the source, e.g. which press article reported it or what it leaves vague.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns a short citation: document, clause and, unless verbatim, the fidelity.
   *
   * @return e.g. {@code Paris Declaration, 6 January 2026, Component 3 (summary)}
   */
  public final String citation() {
    String base = document() + ", " + clause();
    return switch (fidelity()) {
      case VERBATIM -> base;
      case VERBATIM_TRANSLATION -> base + " (translation)";
      case SUMMARY -> base + " (summary only)";
      case PRESS_REPORT -> base + " (press-reported)";
    };
  }

  @Value.Check
  final void check() {
    checkArgument(!document().isBlank(), "source: the document is blank");
    checkArgument(!clause().isBlank(), "source %s: the clause is blank", document());
    checkArgument(!quote().isBlank(), "source %s, %s: the quote is blank", document(), clause());
  }
}
