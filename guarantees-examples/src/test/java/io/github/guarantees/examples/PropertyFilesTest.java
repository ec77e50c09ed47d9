package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.NamedProperty;
import io.github.guarantees.io.PropertyFile;
import io.github.guarantees.io.References;
import io.github.guarantees.io.Syntax;
import org.junit.jupiter.api.Test;

/** The built-in property files read back as the properties built in Java. */
class PropertyFilesTest {
  @Test
  void theParisPropertyFileHoldsTheJavaProperties() {
    PropertyFile file = References.properties("builtin:paris-2026/properties");
    assertThat(file.properties())
        .extracting(NamedProperty::name, NamedProperty::property)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "deployment-invariant", ParisProperties.deploymentInvariant()),
            org.assertj.core.groups.Tuple.tuple(
                "uk-hubs-can-fire", ParisProperties.ukHubsCanFire()),
            org.assertj.core.groups.Tuple.tuple(
                "germany-never-deploys-in-ukraine",
                ParisProperties.germanyNeverDeploysInUkraine()));
    assertThat(file.budget()).isEmpty();
    file.validate(Paris2026.agreement());
  }

  @Test
  void theFormatDocShowsTheParisPropertiesAsTheyRead() throws java.io.IOException {
    String doc =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "docs", "FORMAT.md"),
            java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "## Properties\n.*?```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(doc);
    assertThat(m.find()).isTrue();
    PropertyFile shown = FileFormat.readProperties("FORMAT.md", m.group(1), Syntax.YAML);
    PropertyFile shipped = References.properties("builtin:paris-2026/properties");
    assertThat(shown.properties())
        .extracting(NamedProperty::name, NamedProperty::property)
        .containsExactlyElementsOf(
            shipped.properties().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.name(), p.property()))
                .toList());
    assertThat(shown.budget()).contains(io.github.guarantees.analysis.Budget.DEFAULT);
  }

  @Test
  void everyBuiltInPropertyFileRoundTripsInBothSyntaxes() {
    assertThat(References.builtinProperties()).contains("paris-2026/properties");
    for (String name : References.builtinProperties()) {
      PropertyFile file = References.properties("builtin:" + name);
      for (Syntax syntax : Syntax.values()) {
        String text = FileFormat.write(file, syntax);
        assertThat(FileFormat.readProperties(name, text, syntax)).as(name).isEqualTo(file);
      }
    }
  }
}
