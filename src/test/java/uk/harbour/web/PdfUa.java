package uk.harbour.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * For tests of PDFs: veraPDF's PDF/UA-1 profile (every failed rule, in words), and the text a
 * screen reader reads (the tagged content, without the running headers and footers, which are
 * marked as artifacts).
 */
public final class PdfUa {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUa() {}

  /** The PDF/UA-1 rules the PDF breaks (empty when it conforms), one line each. */
  public static List<String> failures(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(
              a ->
                  a.getRuleId().getClause()
                      + "-"
                      + a.getRuleId().getTestNumber()
                      + " "
                      + a.getMessage()
                      + " at "
                      + a.getLocation().getContext())
          .distinct()
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not check the PDF", e);
    }
  }

  /** The PDF's text without its artifacts (page furniture: running headers and footers). */
  public static String contentText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new WithoutArtifacts().getText(document);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A text stripper that leaves out text inside /Artifact marked content. */
  private static final class WithoutArtifacts extends PDFTextStripper {

    private final Deque<Boolean> artifacts = new ArrayDeque<>();

    WithoutArtifacts() {
      addOperator(new BeginMarkedContentSequence(this));
      // PDFBox's own BDC passes the property list's name as the tag; the tag is the first operand.
      addOperator(
          new OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
              beginMarkedContentSequence(
                  !operands.isEmpty() && operands.get(0) instanceof COSName tag ? tag : null, null);
            }

            @Override
            public String getName() {
              return "BDC";
            }
          });
      addOperator(new EndMarkedContentSequence(this));
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      artifacts.push(COSName.ARTIFACT.equals(tag) || artifacts.contains(Boolean.TRUE));
    }

    @Override
    public void endMarkedContentSequence() {
      artifacts.poll();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!artifacts.contains(Boolean.TRUE)) {
        super.processTextPosition(text);
      }
    }
  }
}
