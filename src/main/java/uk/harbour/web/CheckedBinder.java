package uk.harbour.web;

import jakarta.servlet.ServletRequest;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/** Spring's binder, plus the checks {@link FormBinding} describes. */
class CheckedBinder extends ExtendedServletRequestDataBinder {

  private final Set<String> changed;

  CheckedBinder(Object target, String objectName, Set<String> changed) {
    super(target, objectName);
    this.changed = changed;
  }

  @Override
  public void bind(ServletRequest request) {
    try {
      super.bind(request);
    } catch (InvalidPropertyException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A form field could not be set");
    }
    for (String parameter : changed) {
      rejectUnstorable(parameter, request.getParameterValues(parameter));
    }
  }

  /** A value read on its own, such as a {@code @RequestParam}, is named by the binder. */
  @Override
  public <T> T convertIfNecessary(
      Object value, Class<T> requiredType, MethodParameter methodParam) {
    if (changed.contains(getObjectName())) {
      throw new TypeMismatchException(value, requiredType);
    }
    return super.convertIfNecessary(value, requiredType, methodParam);
  }

  private static String withoutPrefix(String parameter, @Nullable String prefix) {
    return prefix != null && parameter.startsWith(prefix)
        ? parameter.substring(prefix.length())
        : parameter;
  }

  private void rejectUnstorable(String parameter, String @Nullable [] values) {
    String field =
        withoutPrefix(withoutPrefix(parameter, getFieldMarkerPrefix()), getFieldDefaultPrefix());
    if (getTarget() == null
        || !isAllowed(field)
        || !getPropertyAccessor().isReadableProperty(field)) {
      return; // not a field of this form: its value was never used
    }
    BindingResult result = getBindingResult();
    Object shown =
        values == null || values.length != 1
            ? StringUtils.arrayToCommaDelimitedString(values)
            : values[0];
    result.addError(
        new FieldError(
            getObjectName(),
            field,
            shown,
            true,
            result.resolveMessageCodes(FormBinding.UNSTORABLE, field),
            null,
            null));
  }
}
