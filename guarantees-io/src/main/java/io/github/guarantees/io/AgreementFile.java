package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.model.Agreement;
import java.util.List;

/**
 * An agreement read from a file, with its {@linkplain Agreement#warnings() warnings} (legal but
 * likely mistakes) placed in the file like errors are: file, line, column and path.
 *
 * <pre>{@code
 * AgreementFile file = FileFormat.readAgreementFile(Path.of("agreement.yaml"));
 * file.warnings().forEach(w -> System.err.println("warning: " + w));
 * Evaluator evaluator = Evaluator.compile(file.agreement());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file's name as given to the reader
 * @param agreement the agreement, valid
 * @param warnings its warnings, each at the element it names, in line order; empty if none
 */
public record AgreementFile(
    String source, Agreement agreement, ImmutableList<FileProblem> warnings) {

  /**
   * Creates an agreement file.
   *
   * @param source the file's name, not null
   * @param agreement the agreement, not null
   * @param warnings its placed warnings, not null
   * @throws NullPointerException if an argument is null
   */
  public AgreementFile(String source, Agreement agreement, List<FileProblem> warnings) {
    this(source, agreement, ImmutableList.copyOf(checkNotNull(warnings, "warnings")));
  }

  /**
   * Creates an agreement file.
   *
   * @param source the file's name, not null
   * @param agreement the agreement, not null
   * @param warnings its placed warnings, not null
   * @throws NullPointerException if an argument is null
   */
  public AgreementFile {
    checkNotNull(source, "source");
    checkNotNull(agreement, "agreement");
    checkNotNull(warnings, "warnings");
  }

  /**
   * An agreement that has no file (a built-in one made in Java): its warnings name the element but
   * carry no line.
   *
   * @param source the name to give, e.g. {@code builtin:paris-2026}; not null
   * @param agreement the agreement, not null
   * @return the agreement with its warnings unplaced
   * @throws NullPointerException if an argument is null
   */
  public static AgreementFile unplaced(String source, Agreement agreement) {
    checkNotNull(source, "source");
    checkNotNull(agreement, "agreement");
    return new AgreementFile(
        source,
        agreement,
        agreement.warnings().stream()
            .map(w -> new FileProblem(source, 0, 0, "", w.toString()))
            .collect(ImmutableList.toImmutableList()));
  }
}
