package io.github.guarantees.cli;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.examples.instruments.Comparison;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Finds agreements and scenarios: files, or {@code builtin:} names for what ships with the examples
 * ({@code builtin:paris-2026}, {@code builtin:paris-2026/request-withdrawn}).
 */
final class Inputs {
  static final String BUILTIN = "builtin:";
  static final ImmutableMap<String, Supplier<Agreement>> AGREEMENTS = builtins();

  private Inputs() {}

  private static ImmutableMap<String, Supplier<Agreement>> builtins() {
    ImmutableMap.Builder<String, Supplier<Agreement>> out = ImmutableMap.builder();
    out.put(Paris2026.ID, Paris2026::agreement);
    for (Agreement instrument : Comparison.instruments()) {
      out.put(instrument.id(), () -> instrument);
    }
    return out.buildKeepingLast();
  }

  /**
   * Reads an agreement.
   *
   * @param ref a file, or {@code builtin:<id>}
   * @param base the file relative paths are relative to, or null for the working directory
   */
  static Agreement agreement(String ref, @Nullable Path base) {
    if (ref.startsWith(BUILTIN)) {
      String id = ref.substring(BUILTIN.length());
      Supplier<Agreement> builtin = AGREEMENTS.get(id);
      if (builtin == null) {
        throw new IllegalArgumentException(
            "no built-in agreement '"
                + id
                + "'"
                + Suggestions.hint(id, AGREEMENTS.keySet())
                + " (built-in: "
                + String.join(", ", AGREEMENTS.keySet())
                + ")");
      }
      return builtin.get();
    }
    Path dir = base == null ? null : base.toAbsolutePath().getParent();
    Path file = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
    return FileFormat.readAgreement(dir == null ? file : relativize(file));
  }

  /** Reads a scenario file, or a built-in one named {@code builtin:<agreement>/<scenario>}. */
  static ScenarioFile scenario(String ref) {
    if (ref.startsWith(BUILTIN)) {
      String name = ref.substring(BUILTIN.length());
      int slash = name.indexOf('/');
      String resource =
          slash < 0
              ? ""
              : "/io/github/guarantees/examples/"
                  + name.substring(0, slash)
                  + "/scenarios/"
                  + name.substring(slash + 1)
                  + ".yaml";
      try (InputStream in = slash < 0 ? null : Inputs.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException(
              "no built-in scenario '"
                  + name
                  + "'; name one as builtin:<agreement>/<scenario>, e.g."
                  + " builtin:paris-2026/request-withdrawn");
        }
        return FileFormat.readScenario(
            ref, new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.YAML);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path file = Path.of(ref);
    // If the file has problems, also check what did read against the agreement it names.
    return FileFormat.readScenario(file, named -> Optional.of(agreement(named, file)));
  }

  /**
   * Prints an agreement's warnings (legal but likely mistakes) to standard error, once per
   * agreement id.
   */
  static void warn(Agreement agreement, PrintWriter err, Set<String> warned) {
    if (warned.add(agreement.id())) {
      for (Problem w : agreement.warnings()) {
        err.println("warning: agreement '" + agreement.id() + "': " + w);
      }
    }
  }

  /** The agreement for a scenario file: the override if given, else the one the file names. */
  static Agreement agreementFor(ScenarioFile file, String ref, @Nullable String override) {
    if (override != null) {
      return agreement(override, null);
    }
    String named =
        file.agreement()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        file.source()
                            + ": the scenario names no agreement; add a line such as"
                            + " 'agreement: builtin:paris-2026' or 'agreement: agreement.yaml'"
                            + " (relative to the scenario file), or pass --agreement"));
    return agreement(named, ref.startsWith(BUILTIN) ? null : Path.of(ref));
  }

  private static Path relativize(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
  }

  /** Parses an instant as the file format does: with Z, with an offset, or a date (UTC). */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
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
            "bad instant '" + value + "'; write e.g. 2026-03-01T12:00:00Z or 2026-03-01");
      }
    }
  }
}
