package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.analysis.Property;
import io.github.guarantees.model.Ids;
import java.util.Optional;

/**
 * A property as a file holds it: under a name (an id, unique in its file), with an optional
 * description in words, in a property file's {@code properties} or a scenario file's {@code holds}.
 *
 * <pre>{@code
 * NamedProperty p = new NamedProperty("deployment-invariant", Optional.empty(), property);
 * }</pre>
 *
 * @param name the property's name, an id
 * @param description what it asks, in words, or empty
 * @param property the property
 */
public record NamedProperty(String name, Optional<String> description, Property property) {
  /**
   * Checks the components.
   *
   * @param name the component of that name
   * @param description the component of that name
   * @param property the component of that name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if name is not a valid id
   */
  public NamedProperty {
    checkNotNull(name, "name");
    checkNotNull(description, "description");
    checkNotNull(property, "property");
    if (!Ids.isValid(name)) {
      throw new IllegalArgumentException("property name " + Ids.quote(name) + " is not an id");
    }
  }

  /**
   * Returns a property without description.
   *
   * @param name the name, an id; not null
   * @param property the property, not null
   * @return the named property
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if name is not a valid id
   */
  public static NamedProperty of(String name, Property property) {
    return new NamedProperty(name, Optional.empty(), property);
  }
}
