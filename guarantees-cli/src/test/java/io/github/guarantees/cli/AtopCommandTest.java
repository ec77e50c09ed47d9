package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtopCommandTest {
  @Test
  void aPairIsExplainedWithTheCodersLabels() {
    // The Franco-Russian alliance in the Russo-Japanese war: the library finds France's defence
    // pledge active (Russia attacked by Japan), the coders do not.
    CliTest.Result r = run("atop", "--pair", "1385:31");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("casus foederis: met").contains("coders: LLM not met");
  }

  @Test
  void aPairThatDoesNotJoinIsBadInput() {
    CliTest.Result r = run("atop", "--pair", "1385:93");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("no war 93");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMalformedPairIsBadInput() {
    CliTest.Result r = run("atop", "--pair", "1385-31");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("ATOPID:WARID");
  }
}
