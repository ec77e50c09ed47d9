package io.github.guarantees.examples;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.examples.instruments.Comparison;
import io.github.guarantees.io.Catalogue;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.net.URL;
import java.util.function.Supplier;

/**
 * The built-in agreements and scenario files this module ships, for {@code builtin:} names in
 * scenario files and on the command line: {@code builtin:paris-2026}, the comparison instruments by
 * id, and {@code builtin:paris-2026/<scenario>} for each named Paris 2026 scenario.
 *
 * <p>Registered for {@link java.util.ServiceLoader} (it needs {@code guarantees-io} on the class
 * path, an optional dependency of this module). Immutable and thread-safe.
 */
public final class ExampleCatalogue implements Catalogue {
  /** Where the Paris 2026 files are, as a class-path resource directory. */
  static final String PARIS_2026_DIR = "/io/github/guarantees/examples/" + Paris2026.ID + "/";

  /** Creates the catalogue; {@link java.util.ServiceLoader} calls this. */
  public ExampleCatalogue() {}

  @Override
  public ImmutableMap<String, Supplier<Agreement>> agreements() {
    ImmutableMap.Builder<String, Supplier<Agreement>> out = ImmutableMap.builder();
    out.put(Paris2026.ID, Paris2026::agreement);
    for (Agreement instrument : Comparison.instruments()) {
      out.put(instrument.id(), () -> instrument);
    }
    return out.buildKeepingLast();
  }

  @Override
  public ImmutableMap<String, URL> scenarios() {
    ImmutableMap.Builder<String, URL> out = ImmutableMap.builder();
    for (Scenario s : Paris2026Scenarios.all()) {
      URL url =
          ExampleCatalogue.class.getResource(PARIS_2026_DIR + "scenarios/" + s.name() + ".yaml");
      if (url != null) {
        out.put(Paris2026.ID + "/" + s.name(), url);
      }
    }
    return out.buildOrThrow();
  }
}
