package uk.harbour.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/**
 * Thymeleaf's message resolver, noticing keys the bundles lack. Thymeleaf would quietly print
 * {@code ??key_en_GB??} where the text belongs; Harbour logs a warning naming the key and template
 * (once per key), and, where {@code harbour.messages.fail-when-missing} is true (the test profile),
 * fails the page, so any test that renders it fails. {@code #messages.msgOrNull} still answers null
 * for a key it only probes.
 */
class MissingMessageKeys extends SpringMessageResolver {

  private static final Logger log = LoggerFactory.getLogger(MissingMessageKeys.class);

  private final boolean fail;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  MissingMessageKeys(MessageSource messages, boolean fail) {
    this.fail = fail;
    setMessageSource(messages);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
    String template = context == null ? "?" : context.getTemplateData().getTemplate();
    if (reported.add(key)) {
      log.warn("No message for the key {} used in the template {}", key, template);
    }
    if (fail) {
      throw new IllegalStateException(
          "No message for the key " + key + " used in the template " + template);
    }
    return super.createAbsentMessageRepresentation(context, origin, key, parameters);
  }
}
