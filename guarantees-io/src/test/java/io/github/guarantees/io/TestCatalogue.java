package io.github.guarantees.io;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.model.Agreement;
import java.net.URL;
import java.util.Objects;
import java.util.function.Supplier;

/** A catalogue for the tests, registered in the test resources: the format's example files. */
public final class TestCatalogue implements Catalogue {
  /** Created by ServiceLoader. */
  public TestCatalogue() {}

  @Override
  public ImmutableMap<String, Supplier<Agreement>> agreements() {
    return ImmutableMap.of(
        "example",
        () ->
            FileFormat.readAgreement(
                "example-agreement.yaml",
                Fixtures.resource("example-agreement.yaml"),
                Syntax.YAML));
  }

  @Override
  public ImmutableMap<String, URL> scenarios() {
    return ImmutableMap.of(
        "example/request",
        Objects.requireNonNull(TestCatalogue.class.getResource("example-scenario.yaml")));
  }
}
