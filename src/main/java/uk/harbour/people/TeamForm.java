package uk.harbour.people;

import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.TeamRole;

/** Adding a practitioner to the team: who, and their role in it. */
class TeamForm {
  private String userId;
  private TeamRole teamRole;

  void validate(Errors errors) {
    if (TeamController.parseUser(userId) == null) {
      errors.rejectValue("userId", "team.error.userRequired");
    }
    if (teamRole == null) {
      errors.rejectValue("teamRole", "team.error.roleRequired");
    }
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String v) {
    userId = v;
  }

  public TeamRole getTeamRole() {
    return teamRole;
  }

  public void setTeamRole(TeamRole v) {
    teamRole = v;
  }
}
