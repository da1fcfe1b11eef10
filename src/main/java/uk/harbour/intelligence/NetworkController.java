package uk.harbour.intelligence;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;

/** A register entry's page with its network, and a child's intelligence links for their team. */
@Controller
class NetworkController {

  private final Network network;
  private final PrintRule printRule;
  private final DualIdentity dualIdentity;

  NetworkController(Network network, PrintRule printRule, DualIdentity dualIdentity) {
    this.network = network;
    this.printRule = printRule;
    this.dualIdentity = dualIdentity;
  }

  @GetMapping("/intelligence/entities/{id}")
  String entity(
      @PathVariable String id,
      @RequestParam(name = "page", required = false) @Nullable String pageNumber,
      Model model) {
    Network.EntityPage page =
        network.entity(RecordIds.parse(id, IntelligenceAccess.ENTITY), pageNumber(pageNumber));
    model.addAttribute("page", page);
    model.addAttribute("graph", page.graph());
    model.addAttribute("drawing", NetworkDrawing.of(page.graph()));
    model.addAttribute("mayDecide", page.mayDecide());
    model.addAttribute("printWithheld", printRule.withheld(page.graph()));
    if (page.entry().kind() == EntityKind.PERSON) {
      model.addAttribute("dual", dualIdentity.onEntryPage(page.entry().id()));
    }
    return "intelligence/entity";
  }

  @GetMapping("/intelligence/children/{childId}")
  String child(
      @PathVariable String childId,
      @RequestParam(name = "page", required = false) @Nullable String pageNumber,
      Model model) {
    Network.Graph graph =
        network.child(new ChildId(RecordIds.parse(childId, "child")), pageNumber(pageNumber));
    model.addAttribute("graph", graph);
    model.addAttribute("drawing", NetworkDrawing.of(graph));
    model.addAttribute("childId", childId);
    model.addAttribute(
        "personOfConcern",
        dualIdentity.isPersonOfConcern(new ChildId(RecordIds.parse(childId, "child"))));
    return "intelligence/child-links";
  }

  /** A page number as asked for; anything that is not one is the first page. */
  static int pageNumber(@Nullable String asked) {
    if (asked == null || !asked.matches("[0-9]{1,6}")) {
      return 1;
    }
    return Integer.parseInt(asked);
  }
}
