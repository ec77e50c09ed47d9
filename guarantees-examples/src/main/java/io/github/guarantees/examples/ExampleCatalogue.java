package io.github.guarantees.examples;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.guarantees.examples.instruments.Comparison;
import io.github.guarantees.examples.instruments.ComparisonScenarios;
import io.github.guarantees.io.Catalogue;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The built-in agreements and scenario files this module ships, for {@code builtin:} names in
 * scenario files and on the command line: {@code builtin:paris-2026}, the comparison instruments by
 * id, and {@code builtin:paris-2026/<scenario>} for each named Paris 2026 scenario; {@code
 * builtin:sale-of-goods}, Symboleo's sale-of-goods contract, read from its file, and {@code
 * builtin:sale-of-goods/<scenario>} for each of its named scenarios; {@code
 * builtin:comparison/<scenario>} for each comparison scenario (in the instruments' shared
 * vocabulary, naming no agreement).
 *
 * <p>Registered for {@link java.util.ServiceLoader} (it needs {@code guarantees-io} on the class
 * path, an optional dependency of this module). Immutable and thread-safe.
 */
public final class ExampleCatalogue implements Catalogue {
  /** Where the Paris 2026 files are, as a class-path resource directory. */
  static final String PARIS_2026_DIR = "/io/github/guarantees/examples/" + Paris2026.ID + "/";

  /** Where the comparison instruments' files are, as a class-path resource directory. */
  static final String INSTRUMENTS_DIR = "/io/github/guarantees/examples/instruments/";

  /**
   * The prefix of the comparison scenarios' built-in names ({@code builtin:comparison/<name>}):
   * they name no agreement, and run against every instrument with {@code guarantees compare}.
   */
  static final String COMPARISON = "comparison";

  /** The sale-of-goods contract's id, and its directory's name. */
  static final String SALE_OF_GOODS = "sale-of-goods";

  /** Where the sale-of-goods files are, as a class-path resource directory. */
  static final String SALE_OF_GOODS_DIR = "/io/github/guarantees/examples/" + SALE_OF_GOODS + "/";

  /** The names of the sale-of-goods scenarios, one file each under {@code scenarios/}. */
  static final ImmutableList<String> SALE_OF_GOODS_SCENARIOS =
      ImmutableList.of(
          "deliver-on-time",
          "deliver-late",
          "never-deliver",
          "suspend-delivery",
          "pay-late-and-resume",
          "terminate",
          "disclose");

  /** The sale-of-goods contract, read from its file once, when first asked for. */
  private static final Supplier<Agreement> SALE_OF_GOODS_AGREEMENT =
      Suppliers.memoize(ExampleCatalogue::readSaleOfGoods);

  /** Creates the catalogue; {@link java.util.ServiceLoader} calls this. */
  public ExampleCatalogue() {}

  @Override
  public ImmutableMap<String, Supplier<Agreement>> agreements() {
    ImmutableMap.Builder<String, Supplier<Agreement>> out = ImmutableMap.builder();
    out.put(Paris2026.ID, Paris2026::agreement);
    for (Agreement instrument : Comparison.instruments()) {
      out.put(instrument.id(), () -> instrument);
    }
    out.put(SALE_OF_GOODS, SALE_OF_GOODS_AGREEMENT);
    return out.buildKeepingLast();
  }

  /** The sale-of-goods contract, read from its file once. */
  static Agreement saleOfGoods() {
    return SALE_OF_GOODS_AGREEMENT.get();
  }

  private static Agreement readSaleOfGoods() {
    String resource = SALE_OF_GOODS_DIR + "agreement.yaml";
    try (InputStream in = ExampleCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      return FileFormat.readAgreement(
          resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
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
    for (Scenario s : ComparisonScenarios.all()) {
      URL url =
          ExampleCatalogue.class.getResource(INSTRUMENTS_DIR + "scenarios/" + s.name() + ".yaml");
      if (url != null) {
        out.put(COMPARISON + "/" + s.name(), url);
      }
    }
    for (String name : SALE_OF_GOODS_SCENARIOS) {
      URL url =
          ExampleCatalogue.class.getResource(SALE_OF_GOODS_DIR + "scenarios/" + name + ".yaml");
      if (url != null) {
        out.put(SALE_OF_GOODS + "/" + name, url);
      }
    }
    return out.buildOrThrow();
  }

  /**
   * The built-in property files: {@code builtin:paris-2026/properties} (the Paris properties of
   * {@link ParisProperties}) and {@code builtin:comparison/properties} (questions over the
   * instruments' shared vocabulary, for {@code guarantees compare --property}).
   */
  @Override
  public ImmutableMap<String, URL> properties() {
    ImmutableMap.Builder<String, URL> out = ImmutableMap.builder();
    URL paris = ExampleCatalogue.class.getResource(PARIS_2026_DIR + "properties.yaml");
    if (paris != null) {
      out.put(Paris2026.ID + "/properties", paris);
    }
    URL comparison = ExampleCatalogue.class.getResource(INSTRUMENTS_DIR + "properties.yaml");
    if (comparison != null) {
      out.put(COMPARISON + "/properties", comparison);
    }
    return out.buildOrThrow();
  }
}
