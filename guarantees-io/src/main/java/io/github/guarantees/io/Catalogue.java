package io.github.guarantees.io;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.model.Agreement;
import java.net.URL;
import java.util.function.Supplier;

/**
 * Built-in agreements and scenario files that a module on the class path provides, so that a
 * scenario file can say {@code agreement: builtin:paris-2026} and a command can read {@code
 * builtin:paris-2026/war-goes-on}.
 *
 * <p>{@link References} finds every catalogue with {@link java.util.ServiceLoader}: a module
 * registers its implementation in {@code META-INF/services/io.github.guarantees.io.Catalogue}.
 * {@code guarantees-examples} provides the Paris 2026 agreement, its scenario files and the
 * comparison instruments this way, so this module does not depend on the examples.
 *
 * <p>Implementations are immutable and thread-safe, with a public no-argument constructor.
 */
public interface Catalogue {
  /**
   * Returns the built-in agreements by id (the name after {@code builtin:}), each built when first
   * asked for.
   *
   * @return the agreements by id, in the order to list them
   */
  ImmutableMap<String, Supplier<Agreement>> agreements();

  /**
   * Returns the built-in scenario files by name, {@code <agreement>/<scenario>} (e.g. {@code
   * paris-2026/war-goes-on}), each a YAML or JSON resource.
   *
   * @return the scenario files by name, in the order to list them
   */
  ImmutableMap<String, URL> scenarios();

  /**
   * Returns the built-in property files by name, {@code <agreement>/<name>} (e.g. {@code
   * paris-2026/properties}), each a YAML or JSON resource; none unless a catalogue ships some.
   *
   * @return the property files by name, in the order to list them
   */
  default ImmutableMap<String, URL> properties() {
    return ImmutableMap.of();
  }
}
