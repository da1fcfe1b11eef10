package uk.harbour.intelligence;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;

/** A register entry's page with its network, and a child's intelligence links for their team. */
@Controller
class NetworkController {

  private final Network network;

  NetworkController(Network network) {
    this.network = network;
  }

  @GetMapping("/intelligence/entities/{id}")
  String entity(@PathVariable String id, Model model) {
    Network.EntityPage page = network.entity(RecordIds.parse(id, IntelligenceAccess.ENTITY));
    model.addAttribute("page", page);
    model.addAttribute("graph", page.graph());
    model.addAttribute("drawing", NetworkDrawing.of(page.graph()));
    model.addAttribute("mayDecide", page.mayDecide());
    return "intelligence/entity";
  }

  @GetMapping("/intelligence/children/{childId}")
  String child(@PathVariable String childId, Model model) {
    Network.Graph graph = network.child(new ChildId(RecordIds.parse(childId, "child")));
    model.addAttribute("graph", graph);
    model.addAttribute("drawing", NetworkDrawing.of(graph));
    model.addAttribute("childId", childId);
    return "intelligence/child-links";
  }
}
