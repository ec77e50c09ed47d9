package io.github.guarantees.cli;

import io.github.guarantees.report.Layout;
import picocli.CommandLine.Option;

/** The {@code --width} option of the commands that print text for people. */
final class WidthOption {
  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      defaultValue = "100",
      description =
          "Wrap text to this many columns (default: ${DEFAULT-VALUE}; at least 60). Long text is"
              + " wrapped, never cut off.")
  int width = Layout.DEFAULT_WIDTH;
}
