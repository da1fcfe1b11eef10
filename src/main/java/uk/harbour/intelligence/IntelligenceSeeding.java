package uk.harbour.intelligence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.ChildId;

/**
 * Writes intelligence straight into the registers with nobody signed in: for the synthetic demo
 * world only (the demo module calls it while seeding an empty database). Items with the same key
 * are one register entry, so several submissions can name the same adult, vehicle or place. A
 * triaged submission links its entries and children as triage does, and tells the key workers of
 * other children linked (the same event triage publishes, so it is audited the same way).
 */
@Service
public class IntelligenceSeeding {

  /** One person, vehicle, phone or place a seeded submission names. */
  public record SeedItem(
      EntityKind kind,
      String key,
      @Nullable String name,
      @Nullable String nickname,
      @Nullable Integer approxAge,
      @Nullable String plate,
      @Nullable String make,
      @Nullable String colour,
      @Nullable String phone,
      @Nullable String placeName,
      @Nullable String address,
      @Nullable String postcode) {

    public static SeedItem person(
        String key, @Nullable String name, @Nullable String nickname, @Nullable Integer age) {
      return new SeedItem(
          EntityKind.PERSON, key, name, nickname, age, null, null, null, null, null, null, null);
    }

    public static SeedItem vehicle(String key, String plate, String make, String colour) {
      return new SeedItem(
          EntityKind.VEHICLE, key, null, null, null, plate, make, colour, null, null, null, null);
    }

    public static SeedItem phone(String key, String phone) {
      return new SeedItem(
          EntityKind.PHONE, key, null, null, null, null, null, null, phone, null, null, null);
    }

    public static SeedItem place(String key, String name, String address, String postcode) {
      return new SeedItem(
          EntityKind.PLACE, key, null, null, null, null, null, null, null, name, address, postcode);
    }
  }

  /**
   * A seeded submission: triaged (graded 2B-P and recorded) by the officer when {@code officer} is
   * given, otherwise waiting for triage.
   */
  public record SeedSubmission(
      String submitter,
      @Nullable String officer,
      String whatKnown,
      List<ChildId> children,
      List<SeedItem> items,
      boolean riskNow,
      Instant submittedAt) {}

  private static final TriageDecision.Sharing SHARED =
      new TriageDecision.Sharing(
          true,
          "Key workers of the children linked",
          LawfulBasis.LAW_ENFORCEMENT_PART_3,
          "To safeguard the children named");

  private final SubmissionRepository submissions;
  private final MentionRepository mentions;
  private final RegisterRepository registers;
  private final Linking linking;
  private final ShareDecisionRepository shares;
  private final Directory directory;
  private final IntelligenceProperties properties;
  private final ApplicationEventPublisher events;
  private final Map<String, UUID> byKey = new LinkedHashMap<>();

  IntelligenceSeeding(
      SubmissionRepository submissions,
      MentionRepository mentions,
      RegisterRepository registers,
      Linking linking,
      ShareDecisionRepository shares,
      Directory directory,
      IntelligenceProperties properties,
      ApplicationEventPublisher events) {
    this.submissions = submissions;
    this.mentions = mentions;
    this.registers = registers;
    this.linking = linking;
    this.shares = shares;
    this.directory = directory;
    this.properties = properties;
    this.events = events;
  }

  /** Seeds the submission; the register entries it names, by key. */
  @Transactional
  public Map<String, EntityId> seed(SeedSubmission seed) {
    HarbourUser submitter = user(seed.submitter());
    UUID id = UUID.randomUUID();
    List<Item> items = seed.items().stream().map(IntelligenceSeeding::item).toList();
    SubmissionDraft draft =
        new SubmissionDraft(
            seed.whatKnown(),
            HowKnown.SAW,
            null,
            MentionedBefore.NOT_KNOWN,
            null,
            null,
            null,
            seed.riskNow(),
            seed.riskNow() ? seed.whatKnown() : null,
            seed.children(),
            items);
    submissions.insertDraft(
        id,
        "INT-DEMO-" + id.toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT),
        submitter,
        draft,
        null,
        null,
        seed.submittedAt(),
        UUID.randomUUID());
    submissions.submit(
        id,
        0,
        seed.submittedAt(),
        seed.riskNow() ? seed.submittedAt().plus(properties.riskNowDeadline()) : null,
        !draft.identifiesAnything());
    Map<String, EntityId> named = new LinkedHashMap<>();
    if (seed.officer() == null) {
      return named;
    }
    HarbourUser officer = user(seed.officer());
    Instant when = seed.submittedAt().plusSeconds(3600);
    TriageDecision decision =
        new TriageDecision(
            new Submission.Grade(
                SourceEvaluation.UNTESTED, IntelligenceAssessment.B, Handling.P, null),
            seed.whatKnown(),
            Outcome.RECORDED,
            "Corroborates other intelligence about the same adult",
            List.of(),
            SHARED,
            null);
    submissions.triage(id, 1, decision, officer, when);
    List<Item> stored = mentions.of(id);
    Set<UUID> entities = new LinkedHashSet<>();
    Map<UUID, UUID> entityOfMention = new LinkedHashMap<>();
    for (int i = 0; i < stored.size(); i++) {
      Item mention = stored.get(i);
      String key = seed.items().get(i).key();
      UUID entity =
          byKey.computeIfAbsent(key, k -> registers.create(mention, officer.displayName(), when));
      mentions.resolve(mention.id(), entity);
      mentions.recordDecision(mention.id(), entity, "SAME", "demo world", officer, when);
      entities.add(entity);
      entityOfMention.put(mention.id(), entity);
      named.put(key, new EntityId(entity));
    }
    List<ChildId> others = linking.link(id, entityOfMention, seed.children(), decision, when);
    shares.record(id, SHARED, officer, when);
    events.publishEvent(
        new EntitiesLinked(
            id,
            submissions.find(id).orElseThrow().reference(),
            entities.stream().map(EntityId::new).toList(),
            seed.children(),
            others));
    return named;
  }

  private HarbourUser user(String username) {
    UserSummary user = directory.findUserByUsername(username).orElseThrow();
    return new HarbourUser(
        user.id(),
        user.username(),
        user.displayName(),
        user.agencyId(),
        user.agencyName(),
        user.roles());
  }

  private static Item item(SeedItem seed) {
    return new Item(
        null,
        seed.kind(),
        seed.name(),
        seed.nickname(),
        seed.approxAge(),
        null,
        null,
        seed.plate(),
        seed.make(),
        seed.colour(),
        seed.phone(),
        null,
        null,
        seed.placeName(),
        seed.address(),
        seed.postcode(),
        seed.kind() == EntityKind.PLACE ? PlaceUse.HARM : null,
        HowKnown.SAW,
        null);
  }
}
