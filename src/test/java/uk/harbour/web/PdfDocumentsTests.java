package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class PdfDocumentsTests {

  private static final String TEMPLATE =
      "<html lang=\"en\" xmlns:th=\"http://www.thymeleaf.org\"><head><title th:text=\"${documentTitle}\">"
          + "</title><style>body { font-family: 'Liberation Sans'; }</style></head><body><h1 th:text=\"${heading}\">x</h1>"
          + "<p th:text=\"${words}\">y</p></body></html>";

  @Test
  void rendersATemplateToAPdfWhoseTextCanBeExtracted() throws IOException {
    byte[] pdf = render();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("My plan");
      assertThat(new PDFTextStripper().getText(document))
          .contains("My plan")
          .contains("I want to go back to college & <learn>.");
    }
  }

  @Test
  void passesVeraPdfsPdfUaCheck() {
    assertThat(PdfUa.failures(render())).isEmpty();
  }

  @Test
  void italicTextAndCharactersTheFontLacksStillMakeAConformingPdf() {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(new StringTemplateResolver());
    byte[] pdf =
        new PdfDocuments(engine)
            .render(
                "<html lang=\"en\"><head><title>Notes</title><style>body { font-family:"
                    + " 'Liberation Sans'; }</style></head><body><h1>Notes</h1><p><em>She"
                    + " said</em> <strong>\u201cno\u201d</strong> to Zo\u00eb and \u0141ucja"
                    + " \u263a \u4f60\u597d.</p><ul><li>One</li></ul></body></html>",
                "Notes",
                Map.of());
    assertThat(PdfUa.failures(pdf)).isEmpty();
  }

  private static byte[] render() {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(new StringTemplateResolver());
    return new PdfDocuments(engine)
        .render(
            TEMPLATE,
            "My plan",
            Map.of("heading", "My plan", "words", "I want to go back to college & <learn>."));
  }
}
