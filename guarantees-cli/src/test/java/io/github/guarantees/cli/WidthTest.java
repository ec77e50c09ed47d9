package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.io.References;
import io.github.guarantees.report.Layout;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands' text fits the terminal: 100 columns, or what --width says. */
class WidthTest {
  static int widest(String text) {
    return text.lines().mapToInt(Layout::length).max().orElse(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 100, 140})
  void theRunCommandFitsTheWidth(int width) {
    CliTest.Result r =
        width == Layout.DEFAULT_WIDTH ? run("run") : run("run", "--width", String.valueOf(width));
    assertThat(r.code()).isZero();
    assertThat(widest(r.out())).isLessThanOrEqualTo(width);
  }

  static List<String> builtinScenarios() {
    return References.builtinScenarios();
  }

  @ParameterizedTest
  @MethodSource("builtinScenarios")
  void evaluateWithExplanationsAndTimelineFitTheDefaultWidth(String name) {
    if (References.scenario(References.BUILTIN + name).agreement().isEmpty()) {
      // A comparison scenario names no agreement: it runs against the instruments.
      CliTest.Result compare = run("compare", "-s", "builtin:" + name);
      assertThat(compare.code()).isZero();
      assertThat(widest(compare.out())).isLessThanOrEqualTo(Layout.DEFAULT_WIDTH);
      return;
    }
    CliTest.Result evaluate = run("evaluate", "-s", "builtin:" + name, "--explain");
    assertThat(evaluate.code()).isZero();
    assertThat(widest(evaluate.out())).isLessThanOrEqualTo(Layout.DEFAULT_WIDTH);
    CliTest.Result timeline = run("timeline", "-s", "builtin:" + name);
    assertThat(timeline.code()).isZero();
    assertThat(widest(timeline.out())).isLessThanOrEqualTo(Layout.DEFAULT_WIDTH);
  }
}
