package io.github.guarantees.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.guarantees.evaluation.ContributionTimeline;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Renders a timeline as JSON, in the shape {@code docs/timeline.schema.json} documents: every
 * pledge's and contribution's status from the start and each change with its instant, old and new
 * status, the events that caused it and the cause in words.
 */
final class TimelineJson {
  private TimelineJson() {}

  static String render(Timeline t, Predicate<? super Pledge> which) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      Scenario s = t.scenario();
      g.writeStartObject();
      g.writeStringField("agreement", t.agreement().id());
      g.writeStringField("scenario", s.name());
      g.writeStringField("asOf", t.asOf().toString());
      ExplanationJson.events(g, "events", s.eventsAsOf());
      ExplanationJson.events(g, "ignoredAfterAsOf", s.eventsAfterAsOf());
      g.writeArrayFieldStart("pledges");
      for (PledgeTimeline p : t.pledges()) {
        if (!which.test(p.pledge())) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("title", p.pledge().title());
        g.writeStringField("source", p.pledge().source().citation());
        lifecycle(g, p.initial(), p.changes());
        g.writeArrayFieldStart("contributions");
        for (ContributionTimeline c : p.contributions()) {
          g.writeStartObject();
          g.writeStringField("party", c.party());
          Optional<String> illustrative =
              p.pledge().contribution(c.party()).flatMap(Contribution::illustrative);
          if (illustrative.isPresent()) {
            g.writeStringField("illustrative", illustrative.get());
          }
          lifecycle(g, c.initial(), c.changes());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void lifecycle(JsonGenerator g, Status initial, List<StatusChange> changes)
      throws IOException {
    g.writeStringField("initial", initial.name());
    g.writeArrayFieldStart("changes");
    for (StatusChange c : changes) {
      g.writeStartObject();
      g.writeStringField("at", c.at().toString());
      g.writeStringField("from", c.from().name());
      g.writeStringField("to", c.to().name());
      ExplanationJson.events(g, "events", c.events());
      g.writeStringField("cause", c.cause());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
