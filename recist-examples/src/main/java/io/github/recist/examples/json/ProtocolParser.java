package io.github.recist.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import io.github.recist.model.Confirmation;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.TableThree;
import java.util.function.Consumer;

/**
 * Reads the {@code protocol} object of a case file: every field optional, with the defaults of
 * {@link Protocol#defaults()}. {@code "criteria": "IRECIST"} is read, with its options (Rule R14);
 * whether the engine can assess under it is for the command that assesses to say.
 */
final class ProtocolParser {

  static final ImmutableSet<String> FIELDS = ImmutableSet.of("criteria", "confirmation",
      "minConfirmationDays", "minStableDiseaseDays", "followUpDays", "maxNotEvaluableBetween",
      "acceptStableDiseaseBetween", "persistentPartialResponse", "missingAsNotEvaluable",
      "minProgressionConfirmationDays", "maxProgressionConfirmationDays",
      "unconfirmedProgressionAsEvent", "tableThree");

  private ProtocolParser() {}

  /**
   * The protocol {@code node} describes, strict or not as the command line says; null after
   * telling {@code problems} (each message names the field) what is wrong.
   */
  static Protocol parse(JsonNode node, boolean strict, Consumer<String> problems) {
    if (!node.isObject()) {
      problems.accept("protocol must be an object, not " + Json.show(node));
      return null;
    }
    int[] count = {0};
    Consumer<String> p = m -> {
      count[0]++;
      problems.accept("protocol " + m);
    };
    Fields.checkKnown(node, FIELDS, "protocol", m -> {
      count[0]++;
      problems.accept(m);
    });
    Protocol.Builder b = Protocol.builder();
    b.strict(strict);
    JsonNode v;
    if ((v = node.get("criteria")) != null) {
      Criteria c = Fields.code(v, "criteria", Criteria.class, p);
      if (c != null) {
        b.criteria(c);
      }
    }
    if ((v = node.get("confirmation")) != null) {
      Confirmation c = Fields.code(v, "confirmation", Confirmation.class, p);
      if (c != null) {
        b.confirmation(c);
      }
    }
    Integer i;
    if ((v = node.get("minConfirmationDays")) != null
        && (i = Fields.integer(v, "minConfirmationDays", 0, p)) != null) {
      b.minConfirmationDays(i);
    }
    if ((v = node.get("minStableDiseaseDays")) != null
        && (i = Fields.integer(v, "minStableDiseaseDays", 0, p)) != null) {
      b.minStableDiseaseDays(i);
    }
    if ((v = node.get("followUpDays")) != null
        && (i = Fields.integer(v, "followUpDays", 1, p)) != null) {
      b.followUpDays(i);
    }
    if ((v = node.get("maxNotEvaluableBetween")) != null
        && (i = Fields.integer(v, "maxNotEvaluableBetween", 0, p)) != null) {
      b.maxNotEvaluableBetween(i);
    }
    Boolean f;
    if ((v = node.get("acceptStableDiseaseBetween")) != null
        && (f = Fields.bool(v, "acceptStableDiseaseBetween", p)) != null) {
      b.acceptStableDiseaseBetween(f);
    }
    if ((v = node.get("persistentPartialResponse")) != null
        && (f = Fields.bool(v, "persistentPartialResponse", p)) != null) {
      b.persistentPartialResponse(f);
    }
    if ((v = node.get("missingAsNotEvaluable")) != null
        && (f = Fields.bool(v, "missingAsNotEvaluable", p)) != null) {
      b.missingAsNotEvaluable(f);
    }
    if ((v = node.get("tableThree")) != null) {
      TableThree t = Fields.code(v, "tableThree", TableThree.class, p);
      if (t != null) {
        b.tableThree(t);
      }
    }
    if ((v = node.get("minProgressionConfirmationDays")) != null
        && (i = Fields.integer(v, "minProgressionConfirmationDays", 0, p)) != null) {
      b.minProgressionConfirmationDays(i);
    }
    if ((v = node.get("maxProgressionConfirmationDays")) != null
        && (i = Fields.integer(v, "maxProgressionConfirmationDays", 0, p)) != null) {
      b.maxProgressionConfirmationDays(i);
    }
    if ((v = node.get("unconfirmedProgressionAsEvent")) != null
        && (f = Fields.bool(v, "unconfirmedProgressionAsEvent", p)) != null) {
      b.unconfirmedProgressionAsEvent(f);
    }
    if (count[0] > 0) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // the model's checks across fields: maxProgressionConfirmationDays below the minimum
      p.accept(e.getMessage());
      return null;
    }
  }
}
