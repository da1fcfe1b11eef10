package uk.harbour.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSeeding;
import uk.harbour.cases.assessment.AssessmentContent;
import uk.harbour.cases.assessment.Assessments;
import uk.harbour.cases.assessment.LevelOfResponse;
import uk.harbour.cases.assessment.Narrative;
import uk.harbour.cases.plan.ActionStatus;
import uk.harbour.cases.plan.Attendee;
import uk.harbour.cases.plan.Participation;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanSection;
import uk.harbour.cases.plan.Plans;
import uk.harbour.cases.plan.Review;
import uk.harbour.intake.ConcernSeeding;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.Indicator;

/**
 * Synthetic assessments and plans for a few demo young people: a signed-off assessment, a finalised
 * plan with a disruption action (one overdue), a progress measure, a review and the young person's
 * comments. Each is written as the child's key worker would, through the same facades and audit
 * trail; the key worker's manager signs the assessment off. All text is invented.
 */
@Component
@ConditionalOnProperty(name = "harbour.demo.seed", havingValue = "true")
class DemoPlans {

  /** Whose young people get a plan, and how many of each one's. */
  static final Map<String, Integer> KEY_WORKERS = Map.of("kw.jones", 2, "kw.ahmed", 1);

  private final Directory directory;
  private final Teams teams;
  private final CaseSeeding caseSeeding;
  private final Assessments assessments;
  private final Plans plans;
  private final Clock clock;
  private final ConcernSeeding concerns;

  DemoPlans(
      Directory directory,
      Teams teams,
      CaseSeeding caseSeeding,
      Assessments assessments,
      Plans plans,
      Clock clock,
      ConcernSeeding concerns) {
    this.concerns = concerns;
    this.directory = directory;
    this.teams = teams;
    this.caseSeeding = caseSeeding;
    this.assessments = assessments;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Seeds for the first young people of each key worker in {@link #KEY_WORKERS}, opening a case for
   * any who have none. Call inside the demo world's seeding transaction.
   */
  void seed() {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    try {
      KEY_WORKERS.forEach(
          (username, count) -> {
            UserSummary worker = directory.findUserByUsername(username).orElseThrow();
            List<ChildId> theirs = teams.childrenOf(worker.id());
            for (int i = 0; i < Math.min(count, theirs.size()); i++) {
              seedFor(theirs.get(i), worker);
            }
          });
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  private void seedFor(ChildId child, UserSummary worker) {
    signIn(worker);
    // a real referred concern opens the case (or joins the one open), then the team's key worker
    DemoConcerns.referral(concerns, directory, child, clock.instant());
    CaseId caseId = caseSeeding.openWithKeyWorker(child, worker);
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    assessments.save(caseId, 0, assessment());
    int version = assessments.submit(caseId, 1);
    directory.findUser(worker.managerId()).ifPresent(this::signIn);
    assessments.signOff(caseId, version, "Agreed. Keep the focus on the adults involved.");
    signIn(worker);

    plans.saveTexts(caseId, 0, planTexts(), null);
    plans.addAction(
        caseId,
        action(
            PlanSection.DISRUPTION,
            "Serve a child abduction warning notice on the adult seen collecting them",
            "PC Evans",
            "Northbridge Police Child Exploitation Team",
            today.minusDays(5)),
        UUID.randomUUID());
    plans.addAction(
        caseId,
        action(
            PlanSection.DISRUPTION,
            "Licensing visit to the takeaway where young people are given free food at night",
            "Licensing officer",
            "Northbridge Police Child Exploitation Team",
            today.plusDays(10)),
        UUID.randomUUID());
    plans.addAction(
        caseId,
        action(
            PlanSection.EDUCATION_HEALTH,
            "Arrange a quiet space and a trusted adult at school at the end of each day",
            "Ms Brown",
            "Riverside Academy",
            today.plusDays(21)),
        UUID.randomUUID());
    plans.addMeasure(
        caseId, "Nights away from home without anyone knowing where", UUID.randomUUID());
    UUID measure = plans.view(caseId, AuditAction.VIEW).measures().get(0).id();
    int[] nights = {5, 3, 1};
    for (int i = 0; i < nights.length; i++) {
      plans.recordMeasure(
          caseId, measure, today.minusWeeks(6 - 2L * i), nights[i], null, UUID.randomUUID());
    }
    plans.addReview(
        caseId,
        new Review(
            today.minusDays(30),
            List.of(
                new Attendee(
                    "Yusuf Ahmed", "Compass Young People's Service (charity)", "Key worker"),
                new Attendee(
                    "Tom Evans", "Northbridge Police Child Exploitation Team", "CSE officer"),
                new Attendee("Chris Brown", "Riverside Academy", "Designated safeguarding lead"),
                new Attendee("Amrit Singh", "Northbridge Health Trust", "School nurse")),
            null,
            Participation.VIEWS_SHARED_BEFORE,
            "I want to keep going to football and I don't want my little brother to know.",
            Participation.ATTENDED,
            "Mum wants to know who to call at night.",
            "Police to serve a warning notice. School to arrange an end-of-day check-in.",
            null,
            null),
        UUID.randomUUID());
    plans.finalise(caseId);
    plans.addComment(
        caseId,
        "I like that the plan is about stopping them and not about me staying in.",
        "Face to face at school",
        UUID.randomUUID());
  }

  private static AssessmentContent assessment() {
    Map<Narrative, String> text = new java.util.EnumMap<>(Narrative.class);
    text.put(Narrative.NEEDS, "A trusted adult, a safe way home after school and help to sleep.");
    text.put(Narrative.THINK_ABOUT, "Older adults are giving lifts and gifts. This is grooming.");
    text.put(Narrative.DO_FOR_THEM, "Stay in touch every week, even when they do not reply.");
    text.put(Narrative.RISKS_REDUCING, "Fewer nights away from home; back in lessons.");
    text.put(Narrative.MY_SUPPORT, "Reflective supervision after difficult visits.");
    text.put(Narrative.NOT_SEEN_AS_ABUSE, "We will keep listening and keep you safe anyway.");
    text.put(Narrative.HOPE, "Wants to train as a mechanic.");
    text.put(Narrative.STRENGTHS, "Funny, loyal to friends, good at football.");
    text.put(Narrative.FAMILY_VIEWS, "Mum is worried and wants help at night.");
    text.put(Narrative.ONLINE, "Contacted by accounts the young person does not know.");
    text.put(Narrative.LEVEL_REASONS, "Adults outside the family are exploiting them.");
    text.put(
        Narrative.FAMILY_SUMMARY,
        "We think adults are taking advantage of you. It is not your fault. We will work with"
            + " you and your mum to keep you safe and to stop them.");
    Map<Indicator, String> notes = new java.util.EnumMap<>(Indicator.class);
    notes.put(Indicator.GOING_MISSING, "Comes home late and cannot say where they were.");
    notes.put(Indicator.ADULTS_WHO_WORRY_YOU, "Collected from school by a man in a grey car.");
    notes.put(Indicator.UNEXPLAINED_GIFTS_OR_MONEY, "A new phone nobody at home bought.");
    return new AssessmentContent(text, notes, LevelOfResponse.SPECIALIST);
  }

  private static Map<String, String> planTexts() {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put(
        PlanSection.DISRUPTION.name(),
        "Police and licensing will act against the adults and the places involved.");
    texts.put(PlanSection.PRIORITIES.name(), "To finish school and play football.");
    texts.put(PlanSection.YOUNG_PERSON_SUPPORT.name(), "Weekly time with the key worker.");
    texts.put(PlanSection.FAMILY_SUPPORT.name(), "A named worker for Mum and an evening number.");
    texts.put(PlanSection.JUSTICE.name(), "No decision about giving evidence. No pressure.");
    texts.put(PlanSection.OTHER_CHILDREN.name(), "Check on friends seen in the same car.");
    texts.put(
        PlanSection.YOUNG_PERSON_VERSION,
        "Everyone in this plan is working to stop the adults who have been harming you. You"
            + " will see your key worker every week.");
    return texts;
  }

  private static PlanAction action(
      PlanSection section, String what, String owner, String agency, LocalDate due) {
    return new PlanAction(
        null, section, what, owner, agency, due, ActionStatus.NOT_STARTED, null, 0);
  }

  private void signIn(UserSummary user) {
    HarbourUser principal =
        new HarbourUser(
            user.id(),
            user.username(),
            user.displayName(),
            user.agencyId(),
            user.agencyName(),
            user.roles());
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
  }
}
