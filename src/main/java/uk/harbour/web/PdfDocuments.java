package uk.harbour.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a PDF whose text can be selected, searched and read aloud. The
 * template must be well-formed XHTML (close every element) and should start from {@code
 * pdf/document.html}, which sets the page size, margins and a plain font. No images or scripts are
 * fetched: the document is built only from the model it is given.
 */
@Service
public class PdfDocuments {

  private final TemplateEngine templates;

  PdfDocuments(TemplateEngine templates) {
    this.templates = templates;
  }

  /**
   * Renders the template with the model and returns the PDF bytes.
   *
   * @param template a template name, for example {@code cases/plan-pdf}
   * @param title the document title stored in the PDF's metadata
   */
  public byte[] render(String template, String title, Map<String, Object> model) {
    Locale locale = LocaleContextHolder.getLocale();
    Context context = new Context(locale, model);
    context.setVariable("documentTitle", title);
    String xhtml = templates.process(template, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
