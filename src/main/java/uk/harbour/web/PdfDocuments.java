package uk.harbour.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a tagged PDF (PDF/UA-1) whose text can be selected, searched and
 * read aloud: a structure tree in reading order, the document's language and title (shown in the
 * reader's title bar), running headers and footers marked as artifacts, and an embedded font
 * (Liberation Sans, SIL Open Font License, {@code src/main/resources/fonts}). The template must be
 * well-formed XHTML (close every element) and should start from {@code web/pdf-document.html},
 * which sets the page size, margins, font, the protective marking and "page x of y" on every page.
 * No images or scripts are fetched: the document is built only from the model it is given.
 */
@Service
public class PdfDocuments {

  /** The font family every PDF uses; {@code web/pdf-document.html} names it. */
  static final String FONT_FAMILY = "Liberation Sans";

  private final TemplateEngine templates;

  PdfDocuments(TemplateEngine templates) {
    this.templates = templates;
  }

  /**
   * Renders the template with the model and returns the PDF bytes.
   *
   * @param template a template name, for example {@code cases/plan-pdf}
   * @param title the document title stored in the PDF's metadata and shown in its title bar
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
      builder.usePdfUaAccessibility(true);
      builder.useFont(font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.withProducer("Harbour");
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static com.openhtmltopdf.extend.FSSupplier<InputStream> font(String file) {
    return () -> PdfDocuments.class.getResourceAsStream("/fonts/" + file);
  }
}
