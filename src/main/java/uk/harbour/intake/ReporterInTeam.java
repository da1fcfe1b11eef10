package uk.harbour.intake;

import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.AgencySummary;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.ChildId;

/**
 * When screening opens a new child's record from a practitioner's concern, the practitioner who
 * raised it becomes the first member of the child's team around the child, in the part their agency
 * plays. Public reporters have no account and join nothing.
 */
@Component
class ReporterInTeam {

  private final Directory directory;
  private final Teams teams;

  ReporterInTeam(Directory directory, Teams teams) {
    this.directory = directory;
    this.teams = teams;
  }

  void add(Concern concern, ChildId child) {
    if (concern.reporterId() == null) {
      return;
    }
    directory
        .findUser(concern.reporterId())
        .filter(UserSummary::active)
        .filter(u -> !u.has(Role.SYSTEM_ADMINISTRATOR))
        .ifPresent(u -> teams.assign(child, u.id(), roleFor(u)));
  }

  private TeamRole roleFor(UserSummary user) {
    AgencyKind kind =
        directory.agencies().stream()
            .filter(a -> a.id().equals(user.agencyId()))
            .map(AgencySummary::kind)
            .findFirst()
            .orElse(AgencyKind.OTHER);
    return switch (kind) {
      case CHILDRENS_SOCIAL_CARE -> TeamRole.SOCIAL_WORKER;
      case POLICE -> TeamRole.POLICE_OFFICER;
      case EDUCATION -> TeamRole.EDUCATION_PRACTITIONER;
      case HEALTH -> TeamRole.HEALTH_PRACTITIONER;
      case VOLUNTARY_SECTOR, YOUTH_SERVICE -> TeamRole.YOUTH_WORKER;
      case HOUSING, OTHER -> TeamRole.OTHER_PRACTITIONER;
    };
  }
}
