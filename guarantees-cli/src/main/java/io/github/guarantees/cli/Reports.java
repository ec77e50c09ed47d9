package io.github.guarantees.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.report.Layout;
import io.github.guarantees.report.MarkdownReport;
import io.github.guarantees.report.TextReport;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Renders an assessment as text, Markdown or JSON. */
final class Reports {
  private Reports() {}

  /** The output formats of {@code evaluate}. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON
  }

  static String render(Assessment a, Format format, boolean explain, int width) {
    return switch (format) {
      case TEXT -> text(a, explain, width);
      case MARKDOWN -> MarkdownReport.render(a, explain);
      case JSON -> json(a, explain);
    };
  }

  static String text(Assessment a, boolean explain, int width) {
    StringBuilder out = new StringBuilder(TextReport.render(a, width));
    if (explain) {
      out.append("\nExplanations\n");
      for (PledgeAssessment p : a.pledges()) {
        out.append('\n').append(indent(a.explain(p.id()).toString()));
        for (ContributionAssessment c : p.contributions()) {
          out.append(indent(a.explain(p.id(), c.party()).toString()));
        }
      }
    }
    return Layout.fit(out.toString(), Layout.usable(width));
  }

  private static String indent(String text) {
    return text.isEmpty() ? text : "   " + text.replace("\n", "\n   ").stripTrailing() + "\n";
  }

  static String json(Assessment a, boolean explain) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      Scenario s = a.scenario();
      g.writeStartObject();
      g.writeStringField("agreement", a.agreement().id());
      g.writeStringField("scenario", s.name());
      g.writeStringField("asOf", a.asOf().toString());
      g.writeStringField("agreementStatus", a.agreementStatus().name());
      events(g, "events", s.eventsAsOf());
      events(g, "ignoredAfterAsOf", s.eventsAfterAsOf());
      g.writeArrayFieldStart("pledges");
      for (PledgeAssessment p : a.pledges()) {
        Explanation why = a.explain(p.id());
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("title", p.pledge().title());
        g.writeStringField("status", p.status().name());
        g.writeStringField("reason", why.reason());
        g.writeStringField("source", p.pledge().source().citation());
        if (!p.pledge().tags().isEmpty()) {
          g.writeArrayFieldStart("tags");
          for (String tag : p.pledge().tags()) {
            g.writeString(tag);
          }
          g.writeEndArray();
        }
        ExplanationJson.causes(g, why);
        if (explain) {
          ExplanationJson.explanation(g, why);
        }
        g.writeArrayFieldStart("contributions");
        for (ContributionAssessment c : p.contributions()) {
          Explanation cw = a.explain(p.id(), c.party());
          g.writeStartObject();
          g.writeStringField("party", c.party());
          g.writeStringField("status", c.status().name());
          g.writeStringField("reason", cw.reason());
          Optional<String> illustrative =
              p.pledge().contribution(c.party()).flatMap(Contribution::illustrative);
          if (illustrative.isPresent()) {
            g.writeStringField("illustrative", illustrative.get());
          }
          if (c.blockedBy().isPresent()) {
            g.writeStringField("blockedBy", c.blockedBy().get().id());
          }
          ExplanationJson.causes(g, cw);
          if (explain) {
            ExplanationJson.explanation(g, cw);
          }
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

  /** The events as an array of {@code {at, trigger, party}}. */
  private static void events(JsonGenerator g, String field, List<Event> events) throws IOException {
    ExplanationJson.events(g, field, events);
  }
}
