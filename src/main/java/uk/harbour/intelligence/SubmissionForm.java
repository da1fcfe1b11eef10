package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;

/**
 * The partner intelligence form: what the submitter knows in their own words, how they know it,
 * whether someone may be at risk now, the children it is about, and rows for the people, vehicles,
 * phones, online accounts and places it names.
 */
public class SubmissionForm {

  /** The most rows of one kind; one more is bound so that extra rows are refused, not dropped. */
  static final int MAX_ROWS_PER_KIND = 10;

  private String whatKnown = "";
  private String howKnown = "";
  private String toldBy = "";
  private String mentionedBefore = "";
  private String othersWhoKnow = "";
  private String childrenDescribed = "";
  private String money = "";
  private boolean riskNow;
  private String riskNowDetails = "";
  private List<String> childIds = new ArrayList<>();
  private List<ItemForm> items = new ArrayList<>();
  private int version;

  /** A new form with one blank row of each kind. */
  static SubmissionForm blank() {
    SubmissionForm form = new SubmissionForm();
    form.padRows();
    return form;
  }

  /** Every kind has at least one row, so the page always offers one of each. */
  void padRows() {
    for (EntityKind kind : EntityKind.values()) {
      if (rowsOf(kind) == 0) {
        items.add(ItemForm.of(kind));
      }
    }
  }

  int rowsOf(EntityKind kind) {
    return (int) items.stream().filter(i -> i.getKind().equals(kind.name())).count();
  }

  /** Adds a blank row of the kind; false when the kind already has the most rows allowed. */
  boolean addRow(EntityKind kind) {
    if (rowsOf(kind) >= MAX_ROWS_PER_KIND) {
      return false;
    }
    items.add(ItemForm.of(kind));
    return true;
  }

  /** The fields the form binds: nothing else is bound (@InitBinder allow-list). */
  static String[] allowedFields() {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "whatKnown",
                "howKnown",
                "toldBy",
                "mentionedBefore",
                "othersWhoKnow",
                "childrenDescribed",
                "money",
                "riskNow",
                "riskNowDetails",
                "childIds",
                "version"));
    int rows = (MAX_ROWS_PER_KIND + 1) * EntityKind.values().length;
    for (int i = 0; i < rows; i++) {
      for (String field :
          List.of(
              "kind",
              "name",
              "nickname",
              "approxAge",
              "description",
              "role",
              "plate",
              "make",
              "colour",
              "phone",
              "platform",
              "username",
              "placeName",
              "address",
              "postcode",
              "placeUse",
              "howKnown")) {
        fields.add("items[" + i + "]." + field);
      }
    }
    return fields.toArray(String[]::new);
  }

  public String getWhatKnown() {
    return whatKnown;
  }

  public void setWhatKnown(String v) {
    whatKnown = v == null ? "" : v;
  }

  public String getHowKnown() {
    return howKnown;
  }

  public void setHowKnown(String v) {
    howKnown = v == null ? "" : v;
  }

  public String getToldBy() {
    return toldBy;
  }

  public void setToldBy(String v) {
    toldBy = v == null ? "" : v;
  }

  public String getMentionedBefore() {
    return mentionedBefore;
  }

  public void setMentionedBefore(String v) {
    mentionedBefore = v == null ? "" : v;
  }

  public String getOthersWhoKnow() {
    return othersWhoKnow;
  }

  public void setOthersWhoKnow(String v) {
    othersWhoKnow = v == null ? "" : v;
  }

  public String getChildrenDescribed() {
    return childrenDescribed;
  }

  public void setChildrenDescribed(String v) {
    childrenDescribed = v == null ? "" : v;
  }

  public String getMoney() {
    return money;
  }

  public void setMoney(String v) {
    money = v == null ? "" : v;
  }

  public boolean isRiskNow() {
    return riskNow;
  }

  public void setRiskNow(boolean v) {
    riskNow = v;
  }

  public String getRiskNowDetails() {
    return riskNowDetails;
  }

  public void setRiskNowDetails(String v) {
    riskNowDetails = v == null ? "" : v;
  }

  public List<String> getChildIds() {
    return childIds;
  }

  public void setChildIds(List<String> v) {
    childIds = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<ItemForm> getItems() {
    return items;
  }

  public void setItems(List<ItemForm> v) {
    items = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
