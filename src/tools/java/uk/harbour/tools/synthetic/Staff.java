package uk.harbour.tools.synthetic;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.shared.UserId;

/**
 * The generated practitioners: key workers with the caseload each will carry and their managers,
 * and per area the police officers, school staff, health practitioners and youth workers who join
 * teams around the children.
 */
record Staff(
    List<Member> keyWorkers,
    int[] caseloads,
    List<Member> managers,
    Map<TeamRole, List<List<Member>>> othersByArea,
    List<Member> everyone) {

  /** Key workers per manager. */
  static final int TEAM_SIZE = 8;

  /** One generated account. */
  record Member(
      UserId id,
      String username,
      String displayName,
      UUID agencyId,
      String agencyName,
      String roles,
      String kind,
      int area,
      String totpSecret) {}

  Member managerOf(int keyWorker) {
    return managers.get(keyWorker / TEAM_SIZE);
  }

  /** The area a key worker works in: their manager's. */
  static int areaOf(int keyWorker, int areas) {
    return (keyWorker / TEAM_SIZE) % areas;
  }
}
