package uk.harbour.accesscontrol.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.UserId;

/** Small things the administration pages share: lists for selects and ids from the address. */
@Component
class AdminPages {

  private final Directory directory;
  private final MessageSource messages;

  AdminPages(Directory directory, MessageSource messages) {
    this.directory = directory;
    this.messages = messages;
  }

  Map<String, String> agencyOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", message("admin.user.agency.choose"));
    directory.agencies().forEach(a -> options.put(a.id().toString(), a.name()));
    return options;
  }

  /** Active people who can be a line manager, leaving out the user being changed. */
  Map<String, String> managerOptions(UserId except) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", message("admin.user.manager.none"));
    for (UserSummary u : directory.allUsers()) {
      if (u.active() && !u.id().equals(except)) {
        options.put(u.id().toString(), u.displayName() + " (" + u.agencyName() + ")");
      }
    }
    return options;
  }

  static UserId userId(String value) {
    return new UserId(RecordIds.parse(value, "user"));
  }

  static AgencyId agencyId(String value) {
    return new AgencyId(RecordIds.parse(value, "agency"));
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
