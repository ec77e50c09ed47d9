package io.github.guarantees.cli;

import io.github.guarantees.condition.Limits;
import io.github.guarantees.io.AgreementFile;
import io.github.guarantees.io.FileProblem;
import io.github.guarantees.io.References;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Ids;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Finds agreements and scenarios through {@link References}: files, or {@code builtin:} names for
 * what ships with the examples ({@code builtin:paris-2026}, {@code
 * builtin:paris-2026/request-withdrawn}).
 */
final class Inputs {
  private Inputs() {}

  /** Reads a scenario file, or a built-in one named {@code builtin:<agreement>/<scenario>}. */
  static ScenarioFile scenario(String ref) {
    return References.scenario(ref);
  }

  /**
   * Prints an agreement's warnings (legal but likely mistakes) to standard error, once per
   * agreement id; a file's are placed at file:line:column.
   */
  static void warn(AgreementFile agreement, PrintWriter err, Set<String> warned) {
    if (warned.add(agreement.agreement().id())) {
      for (FileProblem w : agreement.warnings()) {
        err.println("warning: " + w);
      }
    }
  }

  /** The agreement for a scenario file: the override if given, else the one the file names. */
  static AgreementFile agreementFor(ScenarioFile file, String ref, @Nullable String override) {
    if (override != null) {
      return References.agreementFile(override, (Path) null);
    }
    if (file.agreement().isEmpty()) {
      throw new IllegalArgumentException(
          file.source()
              + ": the scenario names no agreement; add a line such as"
              + " 'agreement: builtin:paris-2026' or 'agreement: agreement.yaml'"
              + " (relative to the scenario file), or pass --agreement");
    }
    return References.agreementFileOf(
        file, ref.startsWith(References.BUILTIN) ? null : Path.of(ref));
  }

  /** Parses an instant as the file format does: with Z, with an offset, or a date (UTC). */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return inRange(parse(value));
    }

    private static Instant inRange(Instant instant) {
      try {
        return Limits.checkInstant("--as-of", instant);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }

    private static Instant parse(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        // try the other forms
      }
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        // try the other forms
      }
      try {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "bad instant " + Ids.quote(value) + "; write e.g. 2026-03-01T12:00:00Z or 2026-03-01");
      }
    }
  }
}
