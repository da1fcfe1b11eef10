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

  @Test
  void rendersATemplateToAPdfWhoseTextCanBeExtracted() throws IOException {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(new StringTemplateResolver());
    String template =
        "<html xmlns:th=\"http://www.thymeleaf.org\"><head><title th:text=\"${documentTitle}\">"
            + "</title></head><body><h1 th:text=\"${heading}\">x</h1>"
            + "<p th:text=\"${words}\">y</p></body></html>";

    byte[] pdf =
        new PdfDocuments(engine)
            .render(
                template,
                "My plan",
                Map.of("heading", "My plan", "words", "I want to go back to college & <learn>."));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("My plan");
      assertThat(new PDFTextStripper().getText(document))
          .contains("My plan")
          .contains("I want to go back to college & <learn>.");
    }
  }
}
