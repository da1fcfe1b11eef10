package uk.harbour.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices of "what they did" for the audit filters, worded from a message prefix. */
@Component
class ActionOptions {

  private final MessageSource messages;

  ActionOptions(MessageSource messages) {
    this.messages = messages;
  }

  /** '' for any action first, then every action by its words under {@code prefix}. */
  Map<String, String> options(String prefix) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", messages.getMessage("audit.filter.action.any", null, locale()));
    for (AuditAction action : AuditAction.values()) {
      options.put(action.name(), messages.getMessage(prefix + action.name(), null, locale()));
    }
    return options;
  }

  /** One message in the reader's language. */
  String message(String key) {
    return messages.getMessage(key, null, locale());
  }

  private static java.util.Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
