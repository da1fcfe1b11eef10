package uk.harbour.web;

import jakarta.servlet.ServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.view.RedirectView;

/**
 * How every controller's request values become objects, for the whole application (the one {@link
 * WebMvcRegistrations} it may have). Bad input becomes the user's to fix instead of a server error,
 * without each controller having to think of it ({@link CheckedBinder}):
 *
 * <ul>
 *   <li>A parameter that had characters Harbour refuses ({@link StorableTextFilter}) is an error on
 *       its form field, {@value #UNSTORABLE}, listed in the GOV.UK error summary and shown in the
 *       field without those characters, and the controller re-shows the form as for any other
 *       error. Read on its own ({@code @RequestParam}), it is a 400.
 *   <li>A list index past Spring's auto-grow limit ({@code attendees[300].name}) is a 400.
 *   <li>A handler given a form with such an error runs in a transaction, which commits only if the
 *       handler re-shows a page. A handler that carries on regardless (redirects, as after a save)
 *       has its work rolled back and the answer is a 400: nothing is saved with characters silently
 *       taken out, whether or not the controller checks its errors.
 * </ul>
 */
class FormBinding implements WebMvcRegistrations {

  /** The message code of the error on a field that had characters Harbour refuses. */
  static final String UNSTORABLE = "web.text.unstorable";

  private final ObjectProvider<PlatformTransactionManager> transactions;

  FormBinding(ObjectProvider<PlatformTransactionManager> transactions) {
    this.transactions = transactions;
  }

  @Override
  public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
    return new RequestMappingHandlerAdapter() {
      @Override
      protected InitBinderDataBinderFactory createDataBinderFactory(
          List<InvocableHandlerMethod> binderMethods) {
        return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
          @Override
          protected ServletRequestDataBinder createBinderInstance(
              Object target, String objectName, NativeWebRequest request) {
            ServletRequest servlet = request.getNativeRequest(ServletRequest.class);
            Set<String> changed = servlet == null ? Set.of() : StorableTextFilter.changed(servlet);
            return new CheckedBinder(target, objectName, changed);
          }
        };
      }

      @Override
      protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod method) {
        return new Guarded(method, transactions);
      }
    };
  }

  /** A handler method that saves nothing when its form had characters Harbour refuses. */
  static final class Guarded extends ServletInvocableHandlerMethod {

    private final ObjectProvider<PlatformTransactionManager> transactions;

    Guarded(HandlerMethod method, ObjectProvider<PlatformTransactionManager> transactions) {
      super(method);
      this.transactions = transactions;
    }

    @Override
    protected Object doInvoke(Object... args) throws Exception {
      PlatformTransactionManager manager = transactions.getIfAvailable();
      if (manager == null || !hasUnstorableText(args)) {
        return super.doInvoke(args);
      }
      TransactionStatus transaction = manager.getTransaction(new DefaultTransactionDefinition());
      Object result;
      try {
        result = super.doInvoke(args);
      } catch (Exception | Error e) {
        manager.rollback(transaction);
        throw e;
      }
      if (reshowsPage(result)) {
        manager.commit(transaction);
        return result;
      }
      manager.rollback(transaction);
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Text Harbour cannot keep");
    }

    private static boolean hasUnstorableText(Object... args) {
      for (Object arg : args) {
        if (arg instanceof BindingResult result
            && result.getFieldErrors().stream().anyMatch(e -> UNSTORABLE.equals(e.getCode()))) {
          return true;
        }
      }
      return false;
    }

    private static boolean reshowsPage(Object result) {
      if (result instanceof String view) {
        return !view.startsWith("redirect:") && !view.startsWith("forward:");
      }
      if (result instanceof ModelAndView page) {
        return page.getViewName() != null
            ? !page.getViewName().startsWith("redirect:")
            : page.getView() != null && !(page.getView() instanceof RedirectView);
      }
      return false;
    }
  }
}
