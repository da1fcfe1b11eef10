package uk.harbour;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(HarbourApplication.class);

  @Test
  void moduleBoundariesHold() {
    modules.verify();
  }

  @Test
  void writesModuleDiagrams() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
