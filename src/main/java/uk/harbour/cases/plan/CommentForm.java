package uk.harbour.cases.plan;

import java.util.UUID;
import org.springframework.validation.BindingResult;

/** Records the young person's comment on their plan, in their own words. */
class CommentForm {

  static final String[] FIELDS = {"comment", "howGathered", "requestKey"};

  private String comment;
  private String howGathered;
  private String requestKey = UUID.randomUUID().toString();

  UUID validate(BindingResult result) {
    UUID key = Checks.requestKey(result, requestKey);
    Checks.required(result, "comment", comment, "plan.comment.error.comment");
    Checks.tooLong(result, "comment", comment);
    Checks.tooLong(result, "howGathered", howGathered);
    return key;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String v) {
    comment = v;
  }

  public String getHowGathered() {
    return howGathered;
  }

  public void setHowGathered(String v) {
    howGathered = v;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public void setRequestKey(String v) {
    requestKey = v;
  }
}
