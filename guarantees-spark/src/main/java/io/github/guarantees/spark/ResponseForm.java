package io.github.guarantees.spark;

import java.io.Serializable;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** A {@link Response} in the serializable form in which it travels to Spark executors. */
record ResponseForm(
    String label, String attackTrigger, @Nullable String attackParty, ArrayList<String> pledges)
    implements Serializable {

  static ResponseForm of(Response r) {
    return new ResponseForm(
        r.label(), r.attackTrigger(), r.attackParty(), new ArrayList<>(r.pledges()));
  }

  Response response() {
    return Response.of(label, attackTrigger, attackParty, pledges);
  }
}
