package uk.harbour.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSeeding;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;

/**
 * Opens cases for about half of the demo children who have a key worker, each with the key worker
 * allocated, a few chronology entries and the young person's words. All of it is synthetic.
 */
@Component
class DemoCases {

  static final List<String> KEY_WORKERS = List.of("kw.jones", "kw.ahmed", "sw.taylor");

  private static final List<String[]> ENTRIES =
      List.of(
          new String[] {
            "40",
            "ROUTINE",
            "First meeting with the key worker, at school. Agreed to meet every week at a time"
                + " and place the young person chose."
          },
          new String[] {
            "26",
            "SIGNIFICANT",
            "School saw an adult man in a grey car waiting at the gates at home time on three"
                + " days. Vehicle details passed to the police child exploitation team."
          },
          new String[] {
            "12",
            "CRITICAL",
            "Reported missing overnight. Found by police the next morning at a flat linked to a"
                + " person of concern. Return home interview offered and accepted."
          },
          new String[] {
            "5",
            "ROUTINE",
            "Went to the youth project session and helped plan the summer trip. Said they enjoyed"
                + " it."
          });

  private static final List<String[]> VOICES =
      List.of(
          new String[] {
            "30",
            "I like that you don't judge me. I want to finish school and do hairdressing.",
            "Not very safe when he texts me",
            "3",
            "Mum can know. Not my dad, not yet."
          },
          new String[] {
            "8",
            "I changed my number. He can't message me now and I'm sleeping better.",
            "Safer than last month",
            "6",
            null
          });

  private final CaseSeeding seeding;
  private final Teams teams;
  private final Directory directory;
  private final Clock clock;

  DemoCases(CaseSeeding seeding, Teams teams, Directory directory, Clock clock) {
    this.seeding = seeding;
    this.teams = teams;
    this.directory = directory;
    this.clock = clock;
  }

  /** Call once, after the demo children and their teams exist. */
  void seed() {
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    for (String username : KEY_WORKERS) {
      UserSummary worker = directory.findUserByUsername(username).orElseThrow();
      List<ChildId> theirs = teams.childrenOf(worker.id());
      for (int i = 0; i < theirs.size(); i += 2) {
        CaseId id = seeding.openWithKeyWorker(theirs.get(i), worker);
        for (String[] e : ENTRIES) {
          seeding.chronologyEntry(
              id, today.minusDays(Long.parseLong(e[0])), e[2], e[1], worker.displayName());
        }
        for (String[] v : VOICES) {
          seeding.voiceEntry(
              id,
              today.minusDays(Long.parseLong(v[0])),
              v[1],
              v[2],
              Integer.valueOf(v[3]),
              v[4],
              worker.displayName());
        }
      }
    }
  }
}
