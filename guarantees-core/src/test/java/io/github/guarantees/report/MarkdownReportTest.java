package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report: the same rows as the text report, as tables that paste into a briefing. */
class MarkdownReportTest {
  private final Assessment firing =
      Evaluator.compile(Treaty.agreement())
          .evaluate(Treaty.firing(h(4)).narrative("The guarantee | fires.").build());

  @Test
  void oneTableRowPerPledgeAndContribution() {
    String md = MarkdownReport.render(firing, false);
    List<String> rows = md.lines().filter(l -> l.startsWith("| ") && l.contains(" | ")).toList();

    assertThat(md).startsWith("## firing — Test treaty, as of ");
    assertThat(md).contains("The guarantee | fires.");
    assertThat(rows).anyMatch(r -> r.startsWith("| force | **ACTIVE** | fires"));
    assertThat(rows).anyMatch(r -> r.startsWith("| ↳ UK | PENDING | ") && r.contains("approval"));
    assertThat(rows).anyMatch(r -> r.startsWith("| ↳ IT | BLOCKED | ") && r.contains("no-ground"));
    assertThat(md).doesNotContain("### Explanations");
  }

  @Test
  void explanationsFollowInCodeBlocksWhenAsked() {
    String md = MarkdownReport.render(firing, true);

    assertThat(md).contains("### Explanations").contains("```\npledge 'force': ACTIVE");
  }

  @Test
  void tableCellsEscapePipes() {
    String md = MarkdownReport.render(firing, false);

    assertThat(md.lines().filter(l -> l.startsWith("| force |")).findFirst().orElseThrow())
        .doesNotContain("\n")
        .matches("(\\| [^|]*(\\\\\\|[^|]*)* ){4}\\|");
  }
}
