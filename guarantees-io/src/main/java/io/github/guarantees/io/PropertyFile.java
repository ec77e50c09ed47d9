package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.model.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A property file: named properties to check over every scenario of an agreement ({@code guarantees
 * analyse}), and optionally the budget that bounds the scenario space. The properties name
 * triggers, parties and pledges but no agreement: {@link #validate} checks them against the
 * agreement they are asked of, placing each unknown name in the file.
 *
 * <pre>{@code
 * PropertyFile file = FileFormat.readProperties(Path.of("paris-properties.yaml"));
 * file.validate(agreement);
 * Verdict v = Analysis.check(agreement, file.property("deployment-invariant").property(),
 *     file.budget().orElse(Budget.DEFAULT));
 * }</pre>
 *
 * <p>Two property files are equal when their description, budget and properties are; where they
 * were read from does not count. This class is immutable and thread-safe.
 */
public final class PropertyFile {
  private final String source;
  private final Optional<String> description;
  private final Optional<Budget> budget;
  private final ImmutableList<NamedProperty> properties;
  private final ImmutableList<PropertyNames.Use> uses;

  PropertyFile(
      String source,
      @Nullable String description,
      @Nullable Budget budget,
      ImmutableList<NamedProperty> properties,
      ImmutableList<PropertyNames.Use> uses) {
    this.source = source;
    this.description = Optional.ofNullable(description);
    this.budget = Optional.ofNullable(budget);
    this.properties = properties;
    this.uses = uses;
  }

  /**
   * Creates a property file for writing.
   *
   * @param description what the properties are about, or null
   * @param budget the budget, or null for the default
   * @param properties the properties, their names unique; none null
   * @return the property file
   * @throws NullPointerException if properties or one of them is null
   * @throws IllegalArgumentException if two properties have the same name
   */
  public static PropertyFile of(
      @Nullable String description, @Nullable Budget budget, List<NamedProperty> properties) {
    checkNotNull(properties, "properties");
    ImmutableList<NamedProperty> ps = ImmutableList.copyOf(properties);
    List<String> names = new ArrayList<>();
    for (NamedProperty p : ps) {
      if (names.contains(p.name())) {
        throw new IllegalArgumentException("duplicate property '" + p.name() + "'");
      }
      names.add(p.name());
    }
    ImmutableList.Builder<PropertyNames.Use> uses = ImmutableList.builder();
    ps.forEach(p -> uses.addAll(PropertyNames.of(p)));
    return new PropertyFile("<memory>", description, budget, ps, uses.build());
  }

  /**
   * Returns the name of the file this was read from, as given to the reader.
   *
   * @return the file name, {@code <memory>} if built in code
   */
  public String source() {
    return source;
  }

  /**
   * Returns what the properties are about, in words.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return description;
  }

  /**
   * Returns the budget the file asks for.
   *
   * @return the budget, or empty for {@link Budget#DEFAULT}
   */
  public Optional<Budget> budget() {
    return budget;
  }

  /**
   * Returns the properties, in file order.
   *
   * @return the properties
   */
  public ImmutableList<NamedProperty> properties() {
    return properties;
  }

  /**
   * Returns the property of a name.
   *
   * @param name the name, not null
   * @return the property
   * @throws LoadException if the file has no property of that name (naming the one probably meant)
   * @throws NullPointerException if name is null
   */
  public NamedProperty property(String name) {
    checkNotNull(name, "name");
    for (NamedProperty p : properties) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new LoadException(
        ImmutableList.of(
            new FileProblem(source, 0, 0, "", PropertyNames.noSuchProperty(name, properties))));
  }

  /**
   * Checks that every property names only triggers, parties, pledges and contributions of the
   * agreement.
   *
   * @param agreement the agreement the properties are asked of, not null
   * @throws LoadException listing every unknown name, with its position in the file
   * @throws NullPointerException if agreement is null
   */
  public void validate(Agreement agreement) {
    checkNotNull(agreement, "agreement");
    check(agreement, null);
  }

  /**
   * Checks that one property names only what the agreement has.
   *
   * @param agreement the agreement, not null
   * @param name the property's name, not null
   * @throws LoadException listing every unknown name, with its position in the file
   * @throws NullPointerException if an argument is null
   */
  public void validate(Agreement agreement, String name) {
    checkNotNull(agreement, "agreement");
    checkNotNull(name, "name");
    check(agreement, name);
  }

  private void check(Agreement agreement, @Nullable String name) {
    List<FileProblem> problems = PropertyNames.check(agreement, uses, name, source);
    if (!problems.isEmpty()) {
      throw new LoadException(problems);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PropertyFile f
        && description.equals(f.description)
        && budget.equals(f.budget)
        && properties.equals(f.properties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, budget, properties);
  }

  @Override
  public String toString() {
    return "PropertyFile{" + source + ", " + properties.size() + " properties}";
  }
}
