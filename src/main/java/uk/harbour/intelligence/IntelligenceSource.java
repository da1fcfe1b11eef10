package uk.harbour.intelligence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.harbour.shared.ChildId;

/**
 * A record intelligence can start from without retyping (a concern, a case, later a return
 * interview), implemented by the module that owns it, so that this module depends on none of them.
 * The implementation decides whether the signed-in user may see the record and audits the read.
 */
public interface IntelligenceSource {

  /** The kind of record, as it appears in the link that starts a submission: "concern", "case". */
  String kind();

  /** What carries over into a new submission, or empty when the user may not see the record. */
  Optional<Prefill> prefill(UUID recordId);

  /**
   * The words, the children and the people, vehicles, phones, accounts and places it starts with.
   */
  record Prefill(String whatKnown, List<ChildId> children, List<Row> rows) {
    public Prefill {
      children = List.copyOf(children);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One person, vehicle, phone, account or place the record names, in its words (blank if none).
   */
  record Row(
      EntityKind kind,
      String name,
      String nickname,
      String approxAge,
      String plate,
      String phone,
      String platform,
      String username,
      String placeName,
      String description) {}
}
