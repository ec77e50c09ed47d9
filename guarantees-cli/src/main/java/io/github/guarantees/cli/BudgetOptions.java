package io.github.guarantees.cli;

import io.github.guarantees.analysis.Budget;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --max-events} and {@code --max-repeats} options of the commands that analyse. */
final class BudgetOptions {
  @Option(
      names = "--max-events",
      paramLabel = "N",
      description = "The most events in a scenario, 0 to 8 (default: the file's budget, else 4).")
  @Nullable Integer maxEvents;

  @Option(
      names = "--max-repeats",
      paramLabel = "N",
      description =
          "The most occurrences of one kind of event, 1 to --max-events (default: the file's"
              + " budget, else 2, at most --max-events).")
  @Nullable Integer maxRepeats;

  /**
   * The budget: the options over the file's over the default.
   *
   * @throws IllegalArgumentException if the bounds are out of range
   */
  Budget budget(Optional<Budget> fromFile) {
    Budget base = fromFile.orElse(Budget.DEFAULT);
    int events = maxEvents == null ? base.maxEvents() : maxEvents;
    int repeats =
        maxRepeats == null ? Math.min(base.maxRepeats(), Math.max(1, events)) : maxRepeats;
    return new Budget(events, repeats);
  }
}
