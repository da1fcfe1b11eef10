package uk.harbour.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Takes the characters Harbour refuses ({@link StorableText}) out of every request parameter before
 * anything reads it, and names the parameters it changed in the request attribute {@value
 * #CHANGED}. So no code, however it reads a parameter, can pass a NUL to PostgreSQL; and {@link
 * FormBinding} turns each changed parameter into an error on its form field (or a 400 for a
 * parameter read on its own), so nothing is saved with characters silently dropped. A parameter
 * whose name has such characters is dropped: names are Harbour's own, never typed.
 */
class StorableTextFilter implements Filter {

  /** The request attribute holding the names (a {@code Set<String>}) of changed parameters. */
  static final String CHANGED = StorableTextFilter.class.getName() + ".changed";

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    Map<String, String[]> parameters = request.getParameterMap();
    if (parameters.entrySet().stream().allMatch(StorableTextFilter::storable)) {
      chain.doFilter(req, res);
      return;
    }
    Map<String, String[]> kept = new LinkedHashMap<>();
    Set<String> changed = new LinkedHashSet<>();
    parameters.forEach(
        (name, values) -> {
          if (!StorableText.isStorable(name)) {
            return;
          }
          String[] storable = new String[values.length];
          for (int i = 0; i < values.length; i++) {
            storable[i] = StorableText.storable(values[i]);
            if (!storable[i].equals(values[i])) {
              changed.add(name);
            }
          }
          kept.put(name, storable);
        });
    request.setAttribute(CHANGED, Collections.unmodifiableSet(changed));
    chain.doFilter(new Cleaned(request, Collections.unmodifiableMap(kept)), res);
  }

  /** The names of the parameters of this request that had characters taken out. */
  @SuppressWarnings("unchecked")
  static Set<String> changed(ServletRequest request) {
    Object changed = request.getAttribute(CHANGED);
    return changed instanceof Set<?> names ? (Set<String>) names : Set.of();
  }

  private static boolean storable(Map.Entry<String, String[]> parameter) {
    if (!StorableText.isStorable(parameter.getKey())) {
      return false;
    }
    for (String value : parameter.getValue()) {
      if (!StorableText.isStorable(value)) {
        return false;
      }
    }
    return true;
  }

  /** The request with its parameters as kept. */
  private static final class Cleaned extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    Cleaned(HttpServletRequest request, Map<String, String[]> parameters) {
      super(request);
      this.parameters = parameters;
    }

    @Override
    public @Nullable String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }
  }
}
